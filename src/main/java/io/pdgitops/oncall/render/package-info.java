/** Text, Markdown, JSON and iCalendar views of on-call previews, escalation chains and on-call differences. */
package io.pdgitops.oncall.render;
