package dev.showrunner.studio.notes;

import dev.showrunner.studio.web.Chrome;

/** A person's inbox page. */
public record InboxPage(Chrome chrome, Inbox.View inbox) {}
