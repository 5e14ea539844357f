package finacct.submission.registry;

/** Another request (another instance of the service) changed the same department first: 409, retry. */
public class RegistryChangedMeanwhileException extends RuntimeException {
    public RegistryChangedMeanwhileException(String code) {
        super("部门“" + code + "”刚被另一个请求修改，本次修改未保存，请重新读取名录后再试");
    }
}
