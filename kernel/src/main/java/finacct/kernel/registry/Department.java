package finacct.kernel.registry;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A registered department: code ({district}-{abbreviation}), official name, other names, district code and name.
 * A retired department keeps its code and names (its submissions stay readable) but opens no new year.
 */
public record Department(String code, String name, List<String> otherNames, String district, String districtName,
                         boolean retired) {
    /** {district}-{abbreviation}, e.g. 420112-CZJ: the path of every submission and a department token's claim. */
    public static final Pattern CODE = Pattern.compile("\\d{6}-[A-Z0-9]{1,32}");

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public Department {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    public Department(String code, String name, List<String> otherNames, String district, String districtName) {
        this(code, name, otherNames, district, districtName, false);
    }

    public boolean isKnownAs(String someName) {
        return name.equals(someName) || otherNames.contains(someName);
    }

    public Department withRetired(boolean isRetired) {
        return new Department(code, name, otherNames, district, districtName, isRetired);
    }
}
