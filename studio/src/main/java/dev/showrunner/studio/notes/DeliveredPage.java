package dev.showrunner.studio.notes;

import dev.showrunner.studio.web.Chrome;

/** A delivery just made with invitations: the links to pass on (shown once), and the way to the delivery. */
public record DeliveredPage(Chrome chrome, NotesJson.Delivered delivered) {}
