// Text folding and UTF-8 checks on ICU, shared by every module.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "orienta/corpus.h"

namespace orienta::corpus {

bool is_valid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

std::string fold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  // ICU owns these singletons; getInstance is thread-safe.
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    return std::string(text);
  }
  icu::UnicodeString folded =
      nfkc_cf->normalize(icu::UnicodeString::fromUTF8(
                             icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                         status);
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  if (U_FAILURE(status)) {
    return std::string(text);
  }
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      continue;  // the accent of a decomposed letter
    }
    switch (c) {
      case 0x0153:  // œ
        out.append(u"oe");
        break;
      case 0x00E6:  // æ
        out.append(u"ae");
        break;
      case 0x2019:  // ’ typographic apostrophe
      case 0x02BC:
      case 0x2018:
        out.append(u'\'');
        break;
      default:
        out.append(c);
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace orienta::corpus
