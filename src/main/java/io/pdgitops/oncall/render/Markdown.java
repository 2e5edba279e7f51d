package io.pdgitops.oncall.render;

import io.pdgitops.model.DisplayText;

/** Escaping for names in Markdown written to pull-request comments. */
final class Markdown {

    private Markdown() {
    }

    /** Keeps names from opening HTML tags, breaking lines or carrying control characters. */
    static String text(String text) {
        return DisplayText.escape(text).replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Table cells: a pipe would end the cell, a newline the row. */
    static String cell(String text) {
        return text(text).replace("|", "\\|").replace("\n", " ");
    }
}
