package eu.intercluster.events.web;

import eu.intercluster.events.OpportunityInput;
import eu.intercluster.events.OpportunityType;
import java.util.HashSet;
import java.util.List;

/** A marketplace opportunity as typed. */
record OpportunityForm(String type, String title, String description, List<String> themes) {

  static OpportunityForm empty() {
    return new OpportunityForm("OFFER", "", "", List.of());
  }

  OpportunityForm {
    themes = themes == null ? List.of() : themes;
  }

  OpportunityInput toInput() {
    FormValues v = new FormValues();
    OpportunityInput input = new OpportunityInput(v.choice("type", OpportunityType.class, type), title, description,
        new HashSet<>(themes));
    v.throwIfAny();
    return input;
  }
}
