// Static inline wrappers around the ICU C API.
//
// ICU renames every entry point by macro (`ubrk_open` -> `ubrk_open_72`), which the Swift
// importer cannot see through. Each wrapper here is a plain C function the importer can call,
// whatever version suffix the installed ICU uses. Only `ICU.swift` in the Tokenizer target
// imports this module, with `@_implementationOnly`, so no ICU type leaks into public API.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale, UErrorCode *status) {
    return ubrk_open(type, locale, NULL, 0, status);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline UBreakIterator *cicu_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) {
    return ubrk_clone(bi, status);
}
static inline void cicu_ubrk_setUText(UBreakIterator *bi, UText *text, UErrorCode *status) {
    ubrk_setUText(bi, text, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_following(UBreakIterator *bi, int32_t offset) { return ubrk_following(bi, offset); }
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }

static inline UText *cicu_utext_openUTF8(UText *ut, const char *s, int64_t length, UErrorCode *status) {
    return utext_openUTF8(ut, s, length, status);
}
static inline UText *cicu_utext_close(UText *ut) { return utext_close(ut); }

static inline const UNormalizer2 *cicu_unorm2_getNFCInstance(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline const UNormalizer2 *cicu_unorm2_getNFKCInstance(UErrorCode *status) { return unorm2_getNFKCInstance(status); }
static inline int32_t cicu_unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length,
                                            UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(n, src, length, dest, capacity, status);
}
static inline int32_t cicu_unorm2_spanQuickCheckYes(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return unorm2_spanQuickCheckYes(n, s, length, status);
}

static inline UCaseMap *cicu_ucasemap_open(const char *locale, uint32_t options, UErrorCode *status) {
    return ucasemap_open(locale, options, status);
}
static inline void cicu_ucasemap_close(UCaseMap *csm) { ucasemap_close(csm); }
static inline int32_t cicu_ucasemap_utf8FoldCase(const UCaseMap *csm, char *dest, int32_t destCapacity,
                                                 const char *src, int32_t srcLength, UErrorCode *status) {
    return ucasemap_utf8FoldCase(csm, dest, destCapacity, src, srcLength, status);
}

static inline UChar *cicu_u_strFromUTF8(UChar *dest, int32_t destCapacity, int32_t *pDestLength,
                                        const char *src, int32_t srcLength, UErrorCode *status) {
    return u_strFromUTF8(dest, destCapacity, pDestLength, src, srcLength, status);
}
static inline char *cicu_u_strToUTF8(char *dest, int32_t destCapacity, int32_t *pDestLength,
                                     const UChar *src, int32_t srcLength, UErrorCode *status) {
    return u_strToUTF8(dest, destCapacity, pDestLength, src, srcLength, status);
}
static inline UBool cicu_u_hasBinaryProperty(UChar32 c, UProperty which) { return u_hasBinaryProperty(c, which); }
static inline int8_t cicu_u_charType(UChar32 c) { return u_charType(c); }
static inline const char *cicu_u_errorName(UErrorCode code) { return u_errorName(code); }

#endif
