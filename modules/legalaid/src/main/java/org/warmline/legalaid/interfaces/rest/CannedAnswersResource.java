package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.legalaid.application.CannedAnswers;
import org.warmline.legalaid.domain.CaseTopic;

/** Staff API: canned answers to consultations per topic, citing the law ({@code GET /api/legalaid/canned-answers}). */
@Path("/api/legalaid/canned-answers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
public class CannedAnswersResource {

    @Inject
    CannedAnswers canned;

    /**
     * @param topicText      WAGE_ARREARS, WORK_INJURY, LABOUR_CONTRACT, SOCIAL_INSURANCE or OTHER; none for all
     * @param lang           zh (default) or en
     * @param acceptLanguage used when {@code lang} is absent
     * @return the canned answers
     */
    @GET
    @RolesAllowed({"LEGAL_AID", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Canned answers per topic (zh or en), each citing the law")
    public List<CannedAnswers.Canned> list(@QueryParam("topic") String topicText, @QueryParam("lang") String lang,
                                           @HeaderParam("Accept-Language") String acceptLanguage) {
        CaseTopic topic = null;
        if (topicText != null && !topicText.isBlank()) {
            topic = CaseTopic.parse(topicText).orElseThrow(() ->
                    new InvalidInput(Map.of("topic", "one of " + List.of(CaseTopic.values()))));
        }
        String language = lang != null ? lang
                : acceptLanguage != null && acceptLanguage.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
        return canned.of(topic, language);
    }
}
