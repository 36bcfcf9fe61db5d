// The only C file that includes ICU's headers; see include/cicu.h.
#include "cicu.h"

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

void *cicu_ubrk_open(int32_t kind, const char *locale, int32_t *status) {
    return ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, (UErrorCode *)status);
}
void cicu_ubrk_close(void *bi) { ubrk_close((UBreakIterator *)bi); }
void *cicu_ubrk_clone(const void *bi, int32_t *status) {
    return ubrk_clone((const UBreakIterator *)bi, (UErrorCode *)status);
}
void *cicu_utext_openUTF8(void *ut, const char *s, int64_t length, int32_t *status) {
    return utext_openUTF8((UText *)ut, s, length, (UErrorCode *)status);
}
void cicu_utext_close(void *ut) { utext_close((UText *)ut); }
void cicu_ubrk_setUText(void *bi, void *ut, int32_t *status) {
    ubrk_setUText((UBreakIterator *)bi, (UText *)ut, (UErrorCode *)status);
}
int32_t cicu_ubrk_first(void *bi) { return ubrk_first((UBreakIterator *)bi); }
int32_t cicu_ubrk_next(void *bi) { return ubrk_next((UBreakIterator *)bi); }
int32_t cicu_ubrk_following(void *bi, int32_t offset) { return ubrk_following((UBreakIterator *)bi, offset); }
int32_t cicu_ubrk_getRuleStatus(void *bi) { return ubrk_getRuleStatus((UBreakIterator *)bi); }

static const UNormalizer2 *normalizer(int32_t nfkc, UErrorCode *status) {
    return nfkc ? unorm2_getNFKCInstance(status) : unorm2_getNFCInstance(status);
}
int32_t cicu_normalize(int32_t nfkc, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       int32_t *status) {
    const UNormalizer2 *n = normalizer(nfkc, (UErrorCode *)status);
    if (*status > 0) return 0;
    return unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, (UErrorCode *)status);
}
int32_t cicu_normalize_quick_span(int32_t nfkc, const uint16_t *src, int32_t length, int32_t *status) {
    const UNormalizer2 *n = normalizer(nfkc, (UErrorCode *)status);
    if (*status > 0) return 0;
    return unorm2_spanQuickCheckYes(n, (const UChar *)src, length, (UErrorCode *)status);
}

void *cicu_ucasemap_open(int32_t *status) { return ucasemap_open("", 0, (UErrorCode *)status); }
void cicu_ucasemap_close(void *csm) { ucasemap_close((UCaseMap *)csm); }
int32_t cicu_ucasemap_utf8FoldCase(const void *csm, char *dest, int32_t capacity, const char *src, int32_t length,
                                   int32_t *status) {
    return ucasemap_utf8FoldCase((const UCaseMap *)csm, dest, capacity, src, length, (UErrorCode *)status);
}

int32_t cicu_is_pictographic(int32_t c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}
int32_t cicu_char_type(int32_t c) { return u_charType(c); }
const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }
