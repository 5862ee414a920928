package io.github.musit2specify.testkit;

/** Names in {@link SpecifyDump#BOOTSTRAP}, the state Specify's guided setup leaves. */
public final class SpecifyBootstrap {
    public static final String INSTITUTION = "UniMus:Natur";
    public static final String DIVISION = "Biology";
    public static final String DISCIPLINE = "Karplanter Moser";
    public static final String COLLECTION_CODE = "NHM";
    public static final String DATA_TYPE = "Biota";
    /** The administrator login of the guided setup, with agent 1 in Biology. */
    public static final String ADMIN_LOGIN = "spadmin";

    private SpecifyBootstrap() {
    }
}
