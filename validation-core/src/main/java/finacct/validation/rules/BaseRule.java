package finacct.validation.rules;

/** What every kind of rule holds alike: the header its rule file gave it. */
public abstract class BaseRule implements Rule {

    protected final RuleHeader header;

    protected BaseRule(RuleHeader header) {
        this.header = header;
    }

    @Override
    public final RuleHeader header() {
        return header;
    }
}
