package io.github.policyplan.plans;

/**
 * The words for an id of a section, item or target that clashes with one given by position: a section
 * without an id is {@code s2} because it is the second, and a hand-written {@code id: s2} elsewhere then
 * clashes with an id that appears nowhere in the file. Stateless.
 */
final class PositionalIds {

    private PositionalIds() {
    }

    /**
     * What to add to the duplicate-id message.
     *
     * @param firstByPosition whether the first holder of the id got it by its position
     * @param thisByPosition  whether this one gets it by its position
     * @param firstPath       where the first holder is
     * @return the addition, empty when both ids are written
     */
    static String clash(boolean firstByPosition, boolean thisByPosition, String firstPath) {
        if (firstByPosition) {
            return ": " + firstPath + " has no id written and gets this one by its position";
        }
        if (thisByPosition) {
            return ": this one has no id written and gets it by its position";
        }
        return "";
    }

    /**
     * The fix.
     *
     * @param firstByPosition whether the first holder of the id got it by its position
     * @param thisByPosition  whether this one gets it by its position
     * @param firstPath       where the first holder is
     * @return what to do
     */
    static String hint(boolean firstByPosition, boolean thisByPosition, String firstPath) {
        if (firstByPosition) {
            return "write an id for " + firstPath + ", or choose another id here";
        }
        if (thisByPosition) {
            return "write an id here; an id given by position, such as s1, s1.i2 or s1.i2.t3, clashes with the same id"
                    + " written elsewhere";
        }
        return "ids of sections, items and targets must be unique in the plan";
    }
}
