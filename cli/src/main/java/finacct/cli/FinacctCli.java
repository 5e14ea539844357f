package finacct.cli;

import finacct.cli.check.ImportCommand;
import finacct.cli.check.RevalidateCommand;
import finacct.cli.check.TemplateCommand;
import finacct.cli.check.ValidateCommand;
import finacct.cli.identity.TokenCommand;
import finacct.cli.identity.UsersCommand;
import finacct.cli.registry.DepartmentsCommand;
import finacct.cli.up.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code finacct} command: {@code up} runs the whole system on the embedded default; {@code validate} and
 * {@code import} read a document on their own, without the platform; {@code template} writes a blank workbook;
 * {@code revalidate} asks the platform.
 */
@Command(name = "finacct", mixinStandardHelpOptions = true, version = "finacct 0.1.0",
        description = "区级部门决算平台命令行", subcommands = {UpCommand.class, ValidateCommand.class, ImportCommand.class,
                RevalidateCommand.class, TemplateCommand.class,
                TokenCommand.class, UsersCommand.class, DepartmentsCommand.class})
public class FinacctCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FinacctCli()).execute(args));
    }
}
