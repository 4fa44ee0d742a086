package brief.model;

import java.util.Objects;

public record Organization(String id, String name, String what, Evidence evidence) {
    public Organization {
        Checks.id(id);
        Checks.text(name, "organization name");
        Checks.text(what, "organization what");
        Objects.requireNonNull(evidence, "organization evidence");
    }
}
