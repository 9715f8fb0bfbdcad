// The explain stage: the sentence a responder reads aloud for a proposed service.
#pragma once

#include <string>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/matcher.h"

#include "candidates.h"

namespace orienta::matcher {

/// In `lang` ("nl" for Dutch, else French): the needs `c` covers (theme labels), what targets
/// the patient ("de votre commune (Saint-Gilles)", "pour les victimes de violences"), its age
/// limits ("dès 65 ans", "jusqu'à 18 ans"), where it works for the patient ("même bassin
/// (Bassin Sud)", "pour toute la Région bruxelloise"), the
/// patient's languages it speaks (`spoken`, named by `languages`), and how many similar past
/// answers proposed it. One sentence, ending with a full stop.
std::string explain(const Candidate& c, const ResolvedLocation& location, const std::string& lang,
                    const std::vector<std::string>& spoken, const corpus::ReferenceData& ref,
                    const std::vector<LanguageName>& languages);

}  // namespace orienta::matcher
