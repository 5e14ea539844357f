package finacct.cli;

import finacct.cli.up.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code finacct} command: {@code up} runs the whole system on the embedded default. */
@Command(name = "finacct", mixinStandardHelpOptions = true, version = "finacct 0.1.0",
        description = "区级部门决算平台命令行", subcommands = {UpCommand.class})
public class FinacctCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FinacctCli()).execute(args));
    }
}
