package finacct.kernel.registry;

import java.util.List;

/** A registered department: code ({district}-{abbreviation}), official name, other names, district code. */
public record Department(String code, String name, List<String> otherNames, String district, String districtName) {
    public Department {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    public boolean isKnownAs(String someName) {
        return name.equals(someName) || otherNames.contains(someName);
    }
}
