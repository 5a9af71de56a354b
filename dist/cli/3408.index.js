export const id = 3408;
export const ids = [3408];
export const modules = {

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBody: () => (/* binding */ signBody),
/* harmony export */   uT: () => (/* binding */ parseSignature),
/* harmony export */   wI: () => (/* binding */ signatureMatches)
/* harmony export */ });
/* unused harmony export verifySignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Checks GitHub's `X-Hub-Signature-256` (`sha256=<hex HMAC-SHA256 of the body>`) over the raw
 * request bytes.
 *
 * Why not `@octokit/webhooks-methods`' `verify`: it takes the payload as a string, so the body would
 * have to be decoded first, and decoding is lossy for bytes that are not valid UTF-8 (they all become
 * U+FFFD). The signature must cover exactly the bytes that arrived. The comparison is the same one it
 * makes (`timingSafeEqual` over equal-length buffers); tests cross-check against its `sign`.
 */
function verifySignature(secret, body, header) {
    if (!secret)
        return false;
    const given = parseSignature(header);
    return given !== undefined && signatureMatches(given, createHmac('sha256', secret).update(body).digest());
}
/** The 32 bytes of a `sha256=<hex>` header, or undefined when it is missing, sent twice or malformed. */
function parseSignature(header) {
    if (typeof header !== 'string')
        return undefined; // missing, or sent twice
    const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
    return match ? Buffer.from(match[1], 'hex') : undefined;
}
/** Compares a parsed signature with the HMAC computed over the body (streamed as it arrived). */
function signatureMatches(given, expected) {
    // Both are 32 bytes here, so timingSafeEqual never throws and the time does not depend on where
    // the first differing byte is.
    return given.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected);
}
/** `sha256=<hex>` for a body: what GitHub sends (for tests, benchmarks and local replays). */
function signBody(secret, body) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body).digest('hex')}`;
}


/***/ })

};
