package eu.intercluster.events.web;

import eu.intercluster.events.VisitInput;

/** A mission site visit as typed. */
record VisitForm(String title, String day, String start, String end, String hostOrganisationId,
    String description) {

  VisitInput toInput() {
    FormValues v = new FormValues();
    VisitInput input = new VisitInput(title, v.date("day", day), v.time("start", start), v.time("end", end),
        v.id("hostOrganisationId", hostOrganisationId), description);
    v.throwIfAny();
    return input;
  }
}
