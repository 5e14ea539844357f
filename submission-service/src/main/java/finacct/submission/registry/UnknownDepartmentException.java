package finacct.submission.registry;

/** No department with this code was ever registered: 404. */
public class UnknownDepartmentException extends RuntimeException {
    public UnknownDepartmentException(String code) {
        super("部门名录中没有编码为“" + code + "”的部门");
    }
}
