package io.pdgitops.oncall.render;

/** Escaping for names in Markdown written to pull-request comments. */
final class Markdown {

    private Markdown() {
    }

    /** Keeps names from opening HTML tags. */
    static String text(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Table cells: a pipe would end the cell, a newline the row. */
    static String cell(String text) {
        return text(text).replace("|", "\\|").replace("\n", " ");
    }
}
