package dev.showrunner.screenplay.model;

/** Where a scene is set, from its heading's prefix. */
public enum Setting {
    /** INT. */
    INTERIOR,
    /** EXT. */
    EXTERIOR,
    /** INT./EXT., EXT./INT., I/E, INT/EXT */
    INTERIOR_EXTERIOR,
    /** EST., an establishing shot */
    ESTABLISHING,
    /** a forced heading with no recognised prefix */
    UNSPECIFIED;

    public boolean isInterior() {
        return this == INTERIOR || this == INTERIOR_EXTERIOR;
    }

    public boolean isExterior() {
        return this == EXTERIOR || this == INTERIOR_EXTERIOR || this == ESTABLISHING;
    }
}
