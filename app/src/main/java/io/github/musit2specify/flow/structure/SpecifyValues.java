package io.github.musit2specify.flow.structure;

import io.github.musit2specify.specify.setup.SetupDefaults;

import java.util.function.Consumer;

/**
 * The values of a structure file that must be Specify's own: discipline types and catalog number
 * formatters, as the bundled setup defaults of the Specify release list them.
 */
final class SpecifyValues {
    private final SetupDefaults defaults;

    SpecifyValues(SetupDefaults defaults) {
        this.defaults = defaults;
    }

    void checkType(String type, String entry, Consumer<String> problems) {
        if (type == null) {
            return;
        }
        if (!defaults.disciplineTypes().contains(type)) {
            problems.accept(entry + ": type \"" + type + "\" is not a Specify discipline type" + hint(type)
                    + "; allowed: " + String.join(", ", defaults.disciplineTypes()));
        } else if (defaults.type(type).isEmpty()) {
            problems.accept(entry + ": type \"" + type + "\" is a Specify discipline type, but this version of "
                    + "musit2specify has no Specify " + defaults.release() + " setup defaults for it; usable: "
                    + String.join(", ", defaults.disciplineTypes().stream().filter(t -> defaults.type(t).isPresent())
                    .toList()));
        }
    }

    /** Specify shows its types by display name: "entomology" is meant as "insect". */
    private String hint(String type) {
        return defaults.disciplineTypes().stream()
                .filter(t -> type.equalsIgnoreCase(defaults.displayName(t)) || type.equalsIgnoreCase(t))
                .findFirst().map(t -> " (Specify's type for " + defaults.displayName(t) + " is \"" + t + "\")")
                .orElse("");
    }

    void checkCatalogNumberFormatter(String formatter, String entry, Consumer<String> problems) {
        if (formatter != null && !defaults.catalogNumberFormatters().contains(formatter)) {
            problems.accept(entry + ": catalognumberformatname \"" + formatter + "\" is not a Specify catalog number "
                    + "formatter; allowed: " + String.join(", ", defaults.catalogNumberFormatters())
                    + " (default " + defaults.defaultCatalogNumberFormatter() + ")");
        }
    }
}
