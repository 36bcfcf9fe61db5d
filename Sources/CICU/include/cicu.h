// C wrappers around the ICU C API whose header exposes no ICU type.
//
// ICU renames every entry point by macro (`ubrk_open` -> `ubrk_open_72`), which the Swift
// importer cannot see through, so each call is wrapped here. The wrappers take opaque pointers
// and plain integers (a UErrorCode is an int32_t; success is a code <= 0), and ICU's headers are
// included only by shim.c: a Swift module that saw ICU's C types while Foundation (which carries
// its own ICU) is imported anywhere in the build fails on clean debug builds with
// "'UErrorCode' has different definitions in different modules".
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    /// `U_ZERO_ERROR`.
    CICU_OK = 0,
    /// `U_BUFFER_OVERFLOW_ERROR`: the destination was too small; the call returned the size needed.
    CICU_BUFFER_OVERFLOW = 15,
    /// Break iterator kinds.
    CICU_BREAK_WORD = 1,
    CICU_BREAK_SENTENCE = 3,
};

/// Opens a word (1) or sentence (3) break iterator for `locale` (`ubrk_open`).
void *cicu_ubrk_open(int32_t kind, const char *locale, int32_t *status);
/// Closes an iterator (`ubrk_close`).
void cicu_ubrk_close(void *bi);
/// Clones an iterator (`ubrk_clone`).
void *cicu_ubrk_clone(const void *bi, int32_t *status);
/// Opens or reuses a UText over UTF-8 bytes without copying them (`utext_openUTF8`).
void *cicu_utext_openUTF8(void *ut, const char *s, int64_t length, int32_t *status);
/// Closes a UText (`utext_close`).
void cicu_utext_close(void *ut);
/// Points an iterator at a UText (`ubrk_setUText`).
void cicu_ubrk_setUText(void *bi, void *ut, int32_t *status);
int32_t cicu_ubrk_first(void *bi);
int32_t cicu_ubrk_next(void *bi);
int32_t cicu_ubrk_following(void *bi, int32_t offset);
int32_t cicu_ubrk_getRuleStatus(void *bi);

/// Normalizes UTF-16 with NFC (nfkc = 0) or NFKC (`unorm2_normalize`).
int32_t cicu_normalize(int32_t nfkc, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       int32_t *status);
/// The length of the prefix already normalized (`unorm2_spanQuickCheckYes`).
int32_t cicu_normalize_quick_span(int32_t nfkc, const uint16_t *src, int32_t length, int32_t *status);

/// Opens a root-locale case map (`ucasemap_open`).
void *cicu_ucasemap_open(int32_t *status);
void cicu_ucasemap_close(void *csm);
/// Full case folding of UTF-8 (`ucasemap_utf8FoldCase`).
int32_t cicu_ucasemap_utf8FoldCase(const void *csm, char *dest, int32_t capacity, const char *src, int32_t length,
                                   int32_t *status);

/// Whether the code point is Extended_Pictographic or a regional indicator (`u_hasBinaryProperty`).
int32_t cicu_is_pictographic(int32_t c);
/// The general category (`u_charType`).
int32_t cicu_char_type(int32_t c);
/// ICU's name for an error code (`u_errorName`).
const char *cicu_error_name(int32_t code);

#ifdef __cplusplus
}
#endif
#endif
