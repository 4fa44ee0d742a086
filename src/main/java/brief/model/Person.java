package brief.model;

import java.util.Objects;

public record Person(String id, String name, String role, Evidence evidence) {
    public Person {
        Checks.id(id);
        Checks.text(name, "person name");
        Checks.text(role, "person role");
        Objects.requireNonNull(evidence, "person evidence");
    }
}
