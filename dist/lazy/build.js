"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/murmurhash3js-revisited/lib/murmurHash3js.js
var require_murmurHash3js = __commonJS({
  "node_modules/murmurhash3js-revisited/lib/murmurHash3js.js"(exports2, module2) {
    (function(root2, undefined2) {
      "use strict";
      var library = {
        "version": "3.0.0",
        "x86": {},
        "x64": {},
        "inputValidation": true
      };
      function _validBytes(bytes) {
        if (!Array.isArray(bytes) && !ArrayBuffer.isView(bytes)) {
          return false;
        }
        for (var i = 0; i < bytes.length; i++) {
          if (!Number.isInteger(bytes[i]) || bytes[i] < 0 || bytes[i] > 255) {
            return false;
          }
        }
        return true;
      }
      function _x86Multiply(m, n) {
        return (m & 65535) * n + (((m >>> 16) * n & 65535) << 16);
      }
      function _x86Rotl(m, n) {
        return m << n | m >>> 32 - n;
      }
      function _x86Fmix(h) {
        h ^= h >>> 16;
        h = _x86Multiply(h, 2246822507);
        h ^= h >>> 13;
        h = _x86Multiply(h, 3266489909);
        h ^= h >>> 16;
        return h;
      }
      function _x64Add(m, n) {
        m = [m[0] >>> 16, m[0] & 65535, m[1] >>> 16, m[1] & 65535];
        n = [n[0] >>> 16, n[0] & 65535, n[1] >>> 16, n[1] & 65535];
        var o = [0, 0, 0, 0];
        o[3] += m[3] + n[3];
        o[2] += o[3] >>> 16;
        o[3] &= 65535;
        o[2] += m[2] + n[2];
        o[1] += o[2] >>> 16;
        o[2] &= 65535;
        o[1] += m[1] + n[1];
        o[0] += o[1] >>> 16;
        o[1] &= 65535;
        o[0] += m[0] + n[0];
        o[0] &= 65535;
        return [o[0] << 16 | o[1], o[2] << 16 | o[3]];
      }
      function _x64Multiply(m, n) {
        m = [m[0] >>> 16, m[0] & 65535, m[1] >>> 16, m[1] & 65535];
        n = [n[0] >>> 16, n[0] & 65535, n[1] >>> 16, n[1] & 65535];
        var o = [0, 0, 0, 0];
        o[3] += m[3] * n[3];
        o[2] += o[3] >>> 16;
        o[3] &= 65535;
        o[2] += m[2] * n[3];
        o[1] += o[2] >>> 16;
        o[2] &= 65535;
        o[2] += m[3] * n[2];
        o[1] += o[2] >>> 16;
        o[2] &= 65535;
        o[1] += m[1] * n[3];
        o[0] += o[1] >>> 16;
        o[1] &= 65535;
        o[1] += m[2] * n[2];
        o[0] += o[1] >>> 16;
        o[1] &= 65535;
        o[1] += m[3] * n[1];
        o[0] += o[1] >>> 16;
        o[1] &= 65535;
        o[0] += m[0] * n[3] + m[1] * n[2] + m[2] * n[1] + m[3] * n[0];
        o[0] &= 65535;
        return [o[0] << 16 | o[1], o[2] << 16 | o[3]];
      }
      function _x64Rotl(m, n) {
        n %= 64;
        if (n === 32) {
          return [m[1], m[0]];
        } else if (n < 32) {
          return [m[0] << n | m[1] >>> 32 - n, m[1] << n | m[0] >>> 32 - n];
        } else {
          n -= 32;
          return [m[1] << n | m[0] >>> 32 - n, m[0] << n | m[1] >>> 32 - n];
        }
      }
      function _x64LeftShift(m, n) {
        n %= 64;
        if (n === 0) {
          return m;
        } else if (n < 32) {
          return [m[0] << n | m[1] >>> 32 - n, m[1] << n];
        } else {
          return [m[1] << n - 32, 0];
        }
      }
      function _x64Xor(m, n) {
        return [m[0] ^ n[0], m[1] ^ n[1]];
      }
      function _x64Fmix(h) {
        h = _x64Xor(h, [0, h[0] >>> 1]);
        h = _x64Multiply(h, [4283543511, 3981806797]);
        h = _x64Xor(h, [0, h[0] >>> 1]);
        h = _x64Multiply(h, [3301882366, 444984403]);
        h = _x64Xor(h, [0, h[0] >>> 1]);
        return h;
      }
      library.x86.hash32 = function(bytes, seed) {
        if (library.inputValidation && !_validBytes(bytes)) {
          return undefined2;
        }
        seed = seed || 0;
        var remainder = bytes.length % 4;
        var blocks = bytes.length - remainder;
        var h1 = seed;
        var k1 = 0;
        var c1 = 3432918353;
        var c2 = 461845907;
        for (var i = 0; i < blocks; i = i + 4) {
          k1 = bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
          k1 = _x86Multiply(k1, c1);
          k1 = _x86Rotl(k1, 15);
          k1 = _x86Multiply(k1, c2);
          h1 ^= k1;
          h1 = _x86Rotl(h1, 13);
          h1 = _x86Multiply(h1, 5) + 3864292196;
        }
        k1 = 0;
        switch (remainder) {
          case 3:
            k1 ^= bytes[i + 2] << 16;
          case 2:
            k1 ^= bytes[i + 1] << 8;
          case 1:
            k1 ^= bytes[i];
            k1 = _x86Multiply(k1, c1);
            k1 = _x86Rotl(k1, 15);
            k1 = _x86Multiply(k1, c2);
            h1 ^= k1;
        }
        h1 ^= bytes.length;
        h1 = _x86Fmix(h1);
        return h1 >>> 0;
      };
      library.x86.hash128 = function(bytes, seed) {
        if (library.inputValidation && !_validBytes(bytes)) {
          return undefined2;
        }
        seed = seed || 0;
        var remainder = bytes.length % 16;
        var blocks = bytes.length - remainder;
        var h1 = seed;
        var h2 = seed;
        var h3 = seed;
        var h4 = seed;
        var k1 = 0;
        var k2 = 0;
        var k3 = 0;
        var k4 = 0;
        var c1 = 597399067;
        var c2 = 2869860233;
        var c3 = 951274213;
        var c4 = 2716044179;
        for (var i = 0; i < blocks; i = i + 16) {
          k1 = bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
          k2 = bytes[i + 4] | bytes[i + 5] << 8 | bytes[i + 6] << 16 | bytes[i + 7] << 24;
          k3 = bytes[i + 8] | bytes[i + 9] << 8 | bytes[i + 10] << 16 | bytes[i + 11] << 24;
          k4 = bytes[i + 12] | bytes[i + 13] << 8 | bytes[i + 14] << 16 | bytes[i + 15] << 24;
          k1 = _x86Multiply(k1, c1);
          k1 = _x86Rotl(k1, 15);
          k1 = _x86Multiply(k1, c2);
          h1 ^= k1;
          h1 = _x86Rotl(h1, 19);
          h1 += h2;
          h1 = _x86Multiply(h1, 5) + 1444728091;
          k2 = _x86Multiply(k2, c2);
          k2 = _x86Rotl(k2, 16);
          k2 = _x86Multiply(k2, c3);
          h2 ^= k2;
          h2 = _x86Rotl(h2, 17);
          h2 += h3;
          h2 = _x86Multiply(h2, 5) + 197830471;
          k3 = _x86Multiply(k3, c3);
          k3 = _x86Rotl(k3, 17);
          k3 = _x86Multiply(k3, c4);
          h3 ^= k3;
          h3 = _x86Rotl(h3, 15);
          h3 += h4;
          h3 = _x86Multiply(h3, 5) + 2530024501;
          k4 = _x86Multiply(k4, c4);
          k4 = _x86Rotl(k4, 18);
          k4 = _x86Multiply(k4, c1);
          h4 ^= k4;
          h4 = _x86Rotl(h4, 13);
          h4 += h1;
          h4 = _x86Multiply(h4, 5) + 850148119;
        }
        k1 = 0;
        k2 = 0;
        k3 = 0;
        k4 = 0;
        switch (remainder) {
          case 15:
            k4 ^= bytes[i + 14] << 16;
          case 14:
            k4 ^= bytes[i + 13] << 8;
          case 13:
            k4 ^= bytes[i + 12];
            k4 = _x86Multiply(k4, c4);
            k4 = _x86Rotl(k4, 18);
            k4 = _x86Multiply(k4, c1);
            h4 ^= k4;
          case 12:
            k3 ^= bytes[i + 11] << 24;
          case 11:
            k3 ^= bytes[i + 10] << 16;
          case 10:
            k3 ^= bytes[i + 9] << 8;
          case 9:
            k3 ^= bytes[i + 8];
            k3 = _x86Multiply(k3, c3);
            k3 = _x86Rotl(k3, 17);
            k3 = _x86Multiply(k3, c4);
            h3 ^= k3;
          case 8:
            k2 ^= bytes[i + 7] << 24;
          case 7:
            k2 ^= bytes[i + 6] << 16;
          case 6:
            k2 ^= bytes[i + 5] << 8;
          case 5:
            k2 ^= bytes[i + 4];
            k2 = _x86Multiply(k2, c2);
            k2 = _x86Rotl(k2, 16);
            k2 = _x86Multiply(k2, c3);
            h2 ^= k2;
          case 4:
            k1 ^= bytes[i + 3] << 24;
          case 3:
            k1 ^= bytes[i + 2] << 16;
          case 2:
            k1 ^= bytes[i + 1] << 8;
          case 1:
            k1 ^= bytes[i];
            k1 = _x86Multiply(k1, c1);
            k1 = _x86Rotl(k1, 15);
            k1 = _x86Multiply(k1, c2);
            h1 ^= k1;
        }
        h1 ^= bytes.length;
        h2 ^= bytes.length;
        h3 ^= bytes.length;
        h4 ^= bytes.length;
        h1 += h2;
        h1 += h3;
        h1 += h4;
        h2 += h1;
        h3 += h1;
        h4 += h1;
        h1 = _x86Fmix(h1);
        h2 = _x86Fmix(h2);
        h3 = _x86Fmix(h3);
        h4 = _x86Fmix(h4);
        h1 += h2;
        h1 += h3;
        h1 += h4;
        h2 += h1;
        h3 += h1;
        h4 += h1;
        return ("00000000" + (h1 >>> 0).toString(16)).slice(-8) + ("00000000" + (h2 >>> 0).toString(16)).slice(-8) + ("00000000" + (h3 >>> 0).toString(16)).slice(-8) + ("00000000" + (h4 >>> 0).toString(16)).slice(-8);
      };
      library.x64.hash128 = function(bytes, seed) {
        if (library.inputValidation && !_validBytes(bytes)) {
          return undefined2;
        }
        seed = seed || 0;
        var remainder = bytes.length % 16;
        var blocks = bytes.length - remainder;
        var h1 = [0, seed];
        var h2 = [0, seed];
        var k1 = [0, 0];
        var k2 = [0, 0];
        var c1 = [2277735313, 289559509];
        var c2 = [1291169091, 658871167];
        for (var i = 0; i < blocks; i = i + 16) {
          k1 = [bytes[i + 4] | bytes[i + 5] << 8 | bytes[i + 6] << 16 | bytes[i + 7] << 24, bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24];
          k2 = [bytes[i + 12] | bytes[i + 13] << 8 | bytes[i + 14] << 16 | bytes[i + 15] << 24, bytes[i + 8] | bytes[i + 9] << 8 | bytes[i + 10] << 16 | bytes[i + 11] << 24];
          k1 = _x64Multiply(k1, c1);
          k1 = _x64Rotl(k1, 31);
          k1 = _x64Multiply(k1, c2);
          h1 = _x64Xor(h1, k1);
          h1 = _x64Rotl(h1, 27);
          h1 = _x64Add(h1, h2);
          h1 = _x64Add(_x64Multiply(h1, [0, 5]), [0, 1390208809]);
          k2 = _x64Multiply(k2, c2);
          k2 = _x64Rotl(k2, 33);
          k2 = _x64Multiply(k2, c1);
          h2 = _x64Xor(h2, k2);
          h2 = _x64Rotl(h2, 31);
          h2 = _x64Add(h2, h1);
          h2 = _x64Add(_x64Multiply(h2, [0, 5]), [0, 944331445]);
        }
        k1 = [0, 0];
        k2 = [0, 0];
        switch (remainder) {
          case 15:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 14]], 48));
          case 14:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 13]], 40));
          case 13:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 12]], 32));
          case 12:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 11]], 24));
          case 11:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 10]], 16));
          case 10:
            k2 = _x64Xor(k2, _x64LeftShift([0, bytes[i + 9]], 8));
          case 9:
            k2 = _x64Xor(k2, [0, bytes[i + 8]]);
            k2 = _x64Multiply(k2, c2);
            k2 = _x64Rotl(k2, 33);
            k2 = _x64Multiply(k2, c1);
            h2 = _x64Xor(h2, k2);
          case 8:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 7]], 56));
          case 7:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 6]], 48));
          case 6:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 5]], 40));
          case 5:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 4]], 32));
          case 4:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 3]], 24));
          case 3:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 2]], 16));
          case 2:
            k1 = _x64Xor(k1, _x64LeftShift([0, bytes[i + 1]], 8));
          case 1:
            k1 = _x64Xor(k1, [0, bytes[i]]);
            k1 = _x64Multiply(k1, c1);
            k1 = _x64Rotl(k1, 31);
            k1 = _x64Multiply(k1, c2);
            h1 = _x64Xor(h1, k1);
        }
        h1 = _x64Xor(h1, [0, bytes.length]);
        h2 = _x64Xor(h2, [0, bytes.length]);
        h1 = _x64Add(h1, h2);
        h2 = _x64Add(h2, h1);
        h1 = _x64Fmix(h1);
        h2 = _x64Fmix(h2);
        h1 = _x64Add(h1, h2);
        h2 = _x64Add(h2, h1);
        return ("00000000" + (h1[0] >>> 0).toString(16)).slice(-8) + ("00000000" + (h1[1] >>> 0).toString(16)).slice(-8) + ("00000000" + (h2[0] >>> 0).toString(16)).slice(-8) + ("00000000" + (h2[1] >>> 0).toString(16)).slice(-8);
      };
      if (typeof exports2 !== "undefined") {
        if (typeof module2 !== "undefined" && module2.exports) {
          exports2 = module2.exports = library;
        }
        exports2.murmurHash3 = library;
      } else if (typeof define === "function" && define.amd) {
        define([], function() {
          return library;
        });
      } else {
        library._murmurHash3 = root2.murmurHash3;
        library.noConflict = function() {
          root2.murmurHash3 = library._murmurHash3;
          library._murmurHash3 = undefined2;
          library.noConflict = undefined2;
          return library;
        };
        root2.murmurHash3 = library;
      }
    })(exports2);
  }
});

// node_modules/murmurhash3js-revisited/index.js
var require_murmurhash3js_revisited = __commonJS({
  "node_modules/murmurhash3js-revisited/index.js"(exports2, module2) {
    module2.exports = require_murmurHash3js();
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code3) => {
      return code3 === CHAR_FORWARD_SLASH || code3 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code3;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek3 = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code3;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code3 = advance();
        let next;
        if (code3 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code3 = advance();
          if (code3 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code3 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code3 = advance())) {
            if (code3 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code3 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code3 === CHAR_DOT && (code3 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code3 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code3 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code3 === CHAR_PLUS || code3 === CHAR_AT || code3 === CHAR_ASTERISK || code3 === CHAR_QUESTION_MARK || code3 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek3() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code3 === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code3 = advance())) {
                if (code3 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code3 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code3 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code3 === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code3 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code3 = advance())) {
              if (code3 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code3 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code3)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek3 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek3() === "!" && (peek3(2) !== "(" || peek3(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek3();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek3() !== ":" || value === "-" && peek3() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push2(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek3() === "(" && peek3(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek3();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek3() === "(") {
            if (peek3(2) !== "?" || !/[!=<:]/.test(peek3(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek3() === "(" && peek3(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek3() === "(" && peek3(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek3() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix: posix4 });
        const result = { glob, state, regex: regex2, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix4);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix4 = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports2, module2) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject3 = function isPlainObject4(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module2.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject3(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject3(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// src/commands/build.ts
var build_exports = {};
__export(build_exports, {
  buildHelp: () => buildHelp,
  buildSteps: () => buildSteps,
  calendarStep: () => calendarStep,
  linkBlocksStep: () => linkBlocksStep,
  runBuild: () => runBuild
});
module.exports = __toCommonJS(build_exports);
var import_promises14 = require("node:fs/promises");
var import_node_path20 = require("node:path");
var import_node_util = require("node:util");

// src/calendar/build-calendars.ts
var import_node_path2 = require("node:path");

// src/diagnostics/catalogue.ts
var longestQuote = 80;
function q(lang, text5) {
  const shown = text5.length > longestQuote ? text5.slice(0, longestQuote - 1) + "\u2026" : text5;
  return lang === "fr" ? `\xAB ${shown} \xBB` : `"${shown}"`;
}
function capital(text5) {
  return text5.charAt(0).toUpperCase() + text5.slice(1);
}
var EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var FR_MONTHS = ["janvier", "f\xE9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xFBt", "septembre", "octobre", "novembre", "d\xE9cembre"];
var EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
var define2 = (t) => t;
var catalogue = {
  "binary-file": define2({
    en: () => "This file is not text (it holds NUL bytes), so it cannot be a programme. Check that the right file was given.",
    fr: () => "Ce fichier n\u2019est pas du texte (il contient des octets nuls) : ce ne peut pas \xEAtre un programme. V\xE9rifiez que c\u2019est le bon fichier."
  }),
  "invalid-utf8": define2({
    en: () => "The file is not valid UTF-8 from here on: some characters are shown as \uFFFD. Save the file as UTF-8 in your editor.",
    fr: () => "Le fichier n\u2019est pas en UTF-8 valide \xE0 partir d\u2019ici : certains caract\xE8res s\u2019affichent comme \uFFFD. Enregistrez le fichier en UTF-8 dans votre \xE9diteur."
  }),
  "too-deeply-nested": define2({
    en: () => "The document nests its markup too deeply to be read (thousands of levels of quotes or lists). Remove the nesting; nothing of this file was checked.",
    fr: () => "Le document imbrique sa mise en forme trop profond\xE9ment pour \xEAtre lu (des milliers de niveaux de citations ou de listes). Supprimez cette imbrication ; rien de ce fichier n\u2019a \xE9t\xE9 v\xE9rifi\xE9."
  }),
  "no-schedule-table": define2({
    en: () => 'No schedule table found: no markdown table has a column of dates (a header such as "DATES" or "Date"). Add one to list the sessions.',
    fr: () => "Aucun tableau de planning trouv\xE9 : aucun tableau markdown n\u2019a de colonne de dates (un en-t\xEAte comme \xAB DATES \xBB ou \xAB Date \xBB). Ajoutez-en un pour lister les sessions."
  }),
  "html-table": define2({
    en: () => "This schedule is a raw HTML table; only markdown tables are read, so its sessions are ignored. Rewrite it as a markdown table (| SESSION | DATES | ... |).",
    fr: () => "Ce planning est un tableau HTML brut ; seuls les tableaux markdown sont lus, ses sessions sont donc ignor\xE9es. R\xE9\xE9crivez-le en tableau markdown (| SESSION | DATES | ... |)."
  }),
  "unreadable-date": define2({
    en: (p) => `The date ${q("en", p.text)} of ${p.where} cannot be read. Write it like "21 f\xE9vrier", "11 au 15 f\xE9vrier", "16 & 17 mai" or "7 ou 14 novembre".`,
    fr: (p) => `La date ${q("fr", p.text)} de ${p.where} est illisible. \xC9crivez-la comme \xAB 21 f\xE9vrier \xBB, \xAB 11 au 15 f\xE9vrier \xBB, \xAB 16 & 17 mai \xBB ou \xAB 7 ou 14 novembre \xBB.`
  }),
  "missing-date": define2({
    en: (p) => `The row ${q("en", p.title)} has a title but no date. Fill in its DATES cell, or remove the row.`,
    fr: (p) => `La ligne ${q("fr", p.title)} a un titre mais pas de date. Remplissez sa cellule DATES, ou supprimez la ligne.`
  }),
  "date-to-be-confirmed": define2({
    en: (p) => `The date of ${p.where} is not set yet (${q("en", p.text)}); it stays out of the calendar until a date is written.`,
    fr: (p) => `La date de ${p.where} n\u2019est pas encore fix\xE9e (${q("fr", p.text)}) ; elle reste hors du calendrier tant qu\u2019aucune date n\u2019est \xE9crite.`
  }),
  "invalid-date": define2({
    en: (p) => `${q("en", p.text)} in ${p.where} is not a real date: ${p.date} does not exist. Correct the day or the month.`,
    fr: (p) => `${q("fr", p.text)} dans ${p.where} n\u2019est pas une vraie date : le ${p.date} n\u2019existe pas. Corrigez le jour ou le mois.`
  }),
  "invalid-hour": define2({
    en: (p) => `The hours ${q("en", p.text)} of ${p.where} contain ${q("en", p.detail)}, which is not a time of day. Use hours from 0h to 23h59, like "9h30 - 18h".`,
    fr: (p) => `Les horaires ${q("fr", p.text)} de ${p.where} contiennent ${q("fr", p.detail)}, qui n\u2019est pas une heure valide. Utilisez des heures de 0h \xE0 23h59, comme \xAB 9h30 - 18h \xBB.`
  }),
  "end-before-start": define2({
    en: (p) => `The hours ${q("en", p.text)} of ${p.where} end before they start (${q("en", p.detail)}). Swap the two times or correct one of them.`,
    fr: (p) => `Les horaires ${q("fr", p.text)} de ${p.where} finissent avant de commencer (${q("fr", p.detail)}). Inversez les deux heures ou corrigez l\u2019une d\u2019elles.`
  }),
  "unreadable-hours": define2({
    en: (p) => `The hours ${q("en", p.text)} of ${p.where} cannot be read; the session is shown as all day. Write them like "9h - 18h30", "14:00-16:00" or "9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors".`,
    fr: (p) => `Les horaires ${q("fr", p.text)} de ${p.where} sont illisibles ; la session est affich\xE9e sur toute la journ\xE9e. \xC9crivez-les comme \xAB 9h - 18h30 \xBB, \xAB 14:00-16:00 \xBB ou \xAB 9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors \xBB.`
  }),
  "missing-year": define2({
    en: (p) => `No year can be found for ${q("en", p.text)} of ${p.where}: neither the cell, the DATES header, the headings nor the detail sections give one. Write the year in the table header ("DATES 2019") or a heading ("Programme 2019"), or pass --year.`,
    fr: (p) => `Aucune ann\xE9e ne peut \xEAtre trouv\xE9e pour ${q("fr", p.text)} de ${p.where} : ni la cellule, ni l\u2019en-t\xEAte DATES, ni les titres, ni les sections d\xE9taill\xE9es n\u2019en donnent. \xC9crivez l\u2019ann\xE9e dans l\u2019en-t\xEAte du tableau (\xAB DATES 2019 \xBB) ou dans un titre (\xAB Programme 2019 \xBB), ou passez --year.`
  }),
  "reversed-range": define2({
    en: (p) => `The dates ${q("en", p.text)} of ${p.where} run backwards: the last day comes before the first. Write the earlier day first ("11 au 15 f\xE9vrier").`,
    fr: (p) => `Les dates ${q("fr", p.text)} de ${p.where} sont \xE0 l\u2019envers : le dernier jour pr\xE9c\xE8de le premier. \xC9crivez d\u2019abord le jour le plus t\xF4t (\xAB 11 au 15 f\xE9vrier \xBB).`
  }),
  "summary-file": define2({
    en: (p) => `${p.path}: ${p.sessions} ${p.sessions === 1 ? "session" : "sessions"}`,
    fr: (p) => `${p.path} : ${p.sessions} session${p.sessions > 1 ? "s" : ""}`
  }),
  "summary-range": define2({
    en: (p) => `${p.from} to ${p.to}`,
    fr: (p) => `du ${p.from} au ${p.to}`
  }),
  "summary-or": define2({ en: () => " or ", fr: () => " ou " }),
  "summary-undated": define2({ en: () => "no date", fr: () => "sans date" }),
  "summary-status": define2({
    en: (p) => p.status === "cancelled" ? "(cancelled)" : "(not settled)",
    fr: (p) => p.status === "cancelled" ? "(annul\xE9e)" : "(\xE0 confirmer)"
  }),
  "summary-totals": define2({
    en: (p) => `${p.errors} ${p.errors === 1 ? "error" : "errors"}, ${p.warnings} ${p.warnings === 1 ? "warning" : "warnings"} in ${p.files} ${p.files === 1 ? "file" : "files"}`,
    fr: (p) => `${p.errors} erreur${p.errors > 1 ? "s" : ""}, ${p.warnings} avertissement${p.warnings > 1 ? "s" : ""} dans ${p.files} fichier${p.files > 1 ? "s" : ""}`
  }),
  "no-programme-found": define2({
    en: (p) => `No programme found under ${p.folder}: no markdown file holds a schedule table. Name the files to check.`,
    fr: (p) => `Aucun programme trouv\xE9 dans ${p.folder} : aucun fichier markdown ne contient de tableau de planning. Indiquez les fichiers \xE0 v\xE9rifier.`
  }),
  "row-label": define2({
    en: (p) => p.title ? `the row ${q("en", p.title)} (line ${p.line})` : `the row on line ${p.line}`,
    fr: (p) => p.title ? `la ligne ${q("fr", p.title)} (ligne ${p.line})` : `la ligne ${p.line}`
  }),
  "section-label": define2({
    en: (p) => `the section ${q("en", p.heading)}`,
    fr: (p) => `la section ${q("fr", p.heading)}`
  }),
  // --- Schedule consistency rules (src/rules) and their configuration (src/config) ---
  "date-long": define2({
    en: (p) => `${p.day} ${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${p.day === 1 ? "1er" : p.day} ${FR_MONTHS[p.month - 1] ?? p.month} ${p.year}`
  }),
  "month-year": define2({
    en: (p) => `${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${FR_MONTHS[p.month - 1] ?? p.month} ${p.year}`
  }),
  "weekday-name": define2({
    en: (p) => EN_WEEKDAYS[p.weekday - 1] ?? String(p.weekday),
    fr: (p) => FR_WEEKDAYS[p.weekday - 1] ?? String(p.weekday)
  }),
  "all-day": define2({ en: () => "all day", fr: () => "toute la journ\xE9e" }),
  "weekday-mismatch": define2({
    en: (p) => `${q("en", p.text)} in ${p.where} does not hold together: ${p.date} is a ${p.actual}, not a ${p.written}. Correct the weekday or the date.`,
    fr: (p) => `${q("fr", p.text)} dans ${p.where} se contredit : le ${p.date} est un ${p.actual}, pas un ${p.written}. Corrigez le jour de la semaine ou la date.`
  }),
  "out-of-order": define2({
    en: (p) => `${capital(p.where)} is on ${q("en", p.text)} (${p.date}), before the row above it, ${p.previous}, on ${q("en", p.previousText)} (${p.previousDate}). Put the rows in date order, or correct the date.`,
    fr: (p) => `${capital(p.where)} est le ${q("fr", p.text)} (${p.date}), avant la ligne au-dessus, ${p.previous}, le ${q("fr", p.previousText)} (${p.previousDate}). Remettez les lignes dans l\u2019ordre des dates, ou corrigez la date.`
  }),
  "out-of-order-rollover": define2({
    en: (p) => `${capital(p.where)} says ${q("en", p.text)} just after ${p.previous} on ${q("en", p.previousText)}: rows are read in date order, so it falls in ${p.date}, almost a year later. If it is in ${p.sameYear}, move the row up to its place; if it really is in ${p.year}, write the year (${q("en", `${p.text} ${p.year}`)}).`,
    fr: (p) => `${capital(p.where)} indique ${q("fr", p.text)} juste apr\xE8s ${p.previous} du ${q("fr", p.previousText)} : les lignes se lisent dans l\u2019ordre des dates, elle tombe donc en ${p.date}, presque un an plus tard. Si elle a lieu en ${p.sameYear}, remontez la ligne \xE0 sa place ; si c\u2019est bien en ${p.year}, \xE9crivez l\u2019ann\xE9e (${q("fr", `${p.text} ${p.year}`)}).`
  }),
  "duplicate-session": define2({
    en: (p) => `${capital(p.where)} repeats the row of line ${p.first}: same title ${q("en", p.title)}, same day (${p.date}). Delete one of the two rows, or correct its date or its title.`,
    fr: (p) => `${capital(p.where)} r\xE9p\xE8te la ligne ${p.first} : m\xEAme titre ${q("fr", p.title)}, m\xEAme jour (${p.date}). Supprimez l\u2019une des deux lignes, ou corrigez sa date ou son titre.`
  }),
  "overlap": define2({
    en: (p) => `${capital(p.where)} and ${p.other} both hold the ${p.group} on ${p.date} at the same time (${p.hours} and ${p.otherHours}). Move one of the two sessions, or correct the hours or who each one is for.`,
    fr: (p) => `${capital(p.where)} et ${p.other} r\xE9unissent toutes les deux les ${p.group} le ${p.date} en m\xEAme temps (${p.hours} et ${p.otherHours}). D\xE9placez l\u2019une des deux sessions, ou corrigez les horaires ou le public de chacune.`
  }),
  "undecided-date": define2({
    en: (p) => `The date ${q("en", p.text)} of ${p.where} is not decided yet: the calendar shows every one of these days as tentative. Once the date is set, write only that day.`,
    fr: (p) => `La date ${q("fr", p.text)} de ${p.where} n\u2019est pas encore d\xE9cid\xE9e : le calendrier affiche chacun de ces jours comme provisoire. Une fois la date fix\xE9e, n\u2019\xE9crivez que ce jour-l\xE0.`
  }),
  "detail-without-row": define2({
    en: (p) => `The section ${q("en", p.heading)} is on ${q("en", p.text)} (${p.date}), but no row of the schedule table is on that day${p.nearest ? `; the nearest is ${p.nearest}, on ${q("en", p.nearestText ?? "")}` : ""}. Correct the section's date, or add the session to the table.`,
    fr: (p) => `La section ${q("fr", p.heading)} est dat\xE9e du ${q("fr", p.text)} (${p.date}), mais aucune ligne du tableau n\u2019est ce jour-l\xE0${p.nearest ? ` ; la plus proche est ${p.nearest}, le ${q("fr", p.nearestText ?? "")}` : ""}. Corrigez la date de la section, ou ajoutez la session au tableau.`
  }),
  "detail-hours-mismatch": define2({
    en: (p) => `The section ${q("en", p.heading)} says ${p.section}, but the table row (line ${p.line}) says ${p.row}. Make them agree.`,
    fr: (p) => `La section ${q("fr", p.heading)} indique ${p.section}, mais la ligne du tableau (ligne ${p.line}) indique ${p.row}. Mettez-les d\u2019accord.`
  }),
  "detail-place-mismatch": define2({
    en: (p) => `The section ${q("en", p.heading)} gives the place ${q("en", p.section)}, but the table row (line ${p.line}) says ${q("en", p.row)}. Make them agree.`,
    fr: (p) => `La section ${q("fr", p.heading)} donne le lieu ${q("fr", p.section)}, mais la ligne du tableau (ligne ${p.line}) indique ${q("fr", p.row)}. Mettez-les d\u2019accord.`
  }),
  "detail-theme-mismatch": define2({
    en: (p) => `The section ${q("en", p.heading)} gives the theme ${q("en", p.section)}, but the table row (line ${p.line}) says ${q("en", p.row)}. Make them agree.`,
    fr: (p) => `La section ${q("fr", p.heading)} donne le th\xE8me ${q("fr", p.section)}, mais la ligne du tableau (ligne ${p.line}) indique ${q("fr", p.row)}. Mettez-les d\u2019accord.`
  }),
  "related-row": define2({
    en: (p) => p.title ? `the table row ${q("en", p.title)} (line ${p.line})` : `the table row on line ${p.line}`,
    fr: (p) => p.title ? `la ligne du tableau ${q("fr", p.title)} (ligne ${p.line})` : `la ligne du tableau, ligne ${p.line}`
  }),
  "related-first-marker": define2({
    en: (p) => `the conflict starts on line ${p.line}`,
    fr: (p) => `le conflit commence ligne ${p.line}`
  }),
  "row-cell-count-extra": define2({
    en: (p) => `${capital(p.where)} has ${p.cells} cells but the header has ${p.header}: ${q("en", p.extra)} is in a cell under no column, so the table does not show it. Move it into the right cell, or add a column to the header.`,
    fr: (p) => `${capital(p.where)} a ${p.cells} cellules mais l\u2019en-t\xEAte en a ${p.header} : ${q("fr", p.extra)} est dans une cellule sans colonne, le tableau ne l\u2019affiche donc pas. D\xE9placez-le dans la bonne cellule, ou ajoutez une colonne \xE0 l\u2019en-t\xEAte.`
  }),
  "row-cell-count-missing": define2({
    en: (p) => `${capital(p.where)} has ${p.cells} cells but the header has ${p.header}: nothing is under ${p.columns}. If a cell was left out in the middle, the ones after it have moved one column to the left; add the missing cells (an empty one is "| |") so that each value sits under its column.`,
    fr: (p) => `${capital(p.where)} a ${p.cells} cellules mais l\u2019en-t\xEAte en a ${p.header} : rien n\u2019est sous ${p.columns}. Si une cellule manque au milieu, les suivantes ont gliss\xE9 d\u2019une colonne vers la gauche ; ajoutez les cellules manquantes (une cellule vide s\u2019\xE9crit \xAB | | \xBB) pour que chaque valeur soit sous sa colonne.`
  }),
  "swapped-columns": define2({
    en: (p) => `${capital(p.where)} has hours (${q("en", p.hours)}) in its ${p.placeHeader} column and a place (${q("en", p.place)}) in its ${p.hoursHeader} column; they are read the other way round for the calendar. Swap the two cells.`,
    fr: (p) => `${capital(p.where)} a des horaires (${q("fr", p.hours)}) dans sa colonne ${p.placeHeader} et un lieu (${q("fr", p.place)}) dans sa colonne ${p.hoursHeader} ; le calendrier les lit dans le bon sens. \xC9changez les deux cellules.`
  }),
  "merge-conflict": define2({
    en: (p) => `This line is a merge-conflict marker (${q("en", p.marker)}): the file still holds two versions of the same text, and the schedule it shows is not the one anyone meant. Keep the right version and delete the marker lines (<<<<<<<, =======, >>>>>>>).`,
    fr: (p) => `Cette ligne est un marqueur de conflit de fusion (${q("fr", p.marker)}) : le fichier contient encore deux versions du m\xEAme texte, et le planning affich\xE9 n\u2019est celui voulu par personne. Gardez la bonne version et supprimez les lignes de marqueurs (<<<<<<<, =======, >>>>>>>).`
  }),
  "config-invalid-json": define2({
    en: (p) => `${p.file} is not valid JSON (${p.detail}). Correct it, or delete it to use the defaults.`,
    fr: (p) => `${p.file} n\u2019est pas un JSON valide (${p.detail}). Corrigez-le, ou supprimez-le pour garder les r\xE9glages par d\xE9faut.`
  }),
  "config-unknown-key": define2({
    en: (p) => `${p.file}: "${p.key}" is not a setting programme-sync knows; the settings are "rules", "timezone", "year" and "language".`,
    fr: (p) => `${p.file} : \xAB ${p.key} \xBB n\u2019est pas un r\xE9glage connu de programme-sync ; les r\xE9glages sont \xAB rules \xBB, \xAB timezone \xBB, \xAB year \xBB et \xAB language \xBB.`
  }),
  "config-unknown-rule": define2({
    en: (p) => `${p.where}: "${p.key}" is not a rule programme-sync knows. The rules are listed in docs/rules.md.`,
    fr: (p) => `${p.where} : \xAB ${p.key} \xBB n\u2019est pas une r\xE8gle connue de programme-sync. La liste des r\xE8gles est dans docs/rules.md.`
  }),
  "config-bad-severity": define2({
    en: (p) => `${p.where}: the rule "${p.key}" must be set to "error", "warning", "info" or "off", not ${p.value}.`,
    fr: (p) => `${p.where} : la r\xE8gle \xAB ${p.key} \xBB doit valoir "error", "warning", "info" ou "off", pas ${p.value}.`
  }),
  "config-bad-value": define2({
    en: (p) => `${p.file}: "${p.key}" must be ${{ timezone: 'an IANA time zone such as "Europe/Paris"', year: "a four-digit year such as 2019", language: '"en" or "fr"', rules: 'an object such as {"overlap": "off"}', outDir: 'a folder relative to this file, such as "calendars"' }[p.key]}, not ${p.value}.`,
    fr: (p) => `${p.file} : \xAB ${p.key} \xBB doit \xEAtre ${{ timezone: 'un fuseau horaire IANA comme "Europe/Paris"', year: "une ann\xE9e \xE0 quatre chiffres comme 2019", language: '"en" ou "fr"', rules: 'un objet comme {"overlap": "off"}', outDir: 'un dossier relatif \xE0 ce fichier, comme "calendriers"' }[p.key]}, pas ${p.value}.`
  }),
  "flag-rule-syntax": define2({
    en: (p) => `--rule must be written RULE=SEVERITY (for example --rule overlap=off), not "${p.value}".`,
    fr: (p) => `--rule s\u2019\xE9crit R\xC8GLE=GRAVIT\xC9 (par exemple --rule overlap=off), pas \xAB ${p.value} \xBB.`
  }),
  // --- end of schedule consistency rules ---
  // --- Calendar (issue 4): what the .ics says, and what `build` prints ---
  "calendar-untitled": define2({ en: () => "Session", fr: () => "Session" }),
  "calendar-audience-name": define2({
    en: (p) => `${p.title} (${p.audience})`,
    fr: (p) => `${p.title} (${p.audience})`
  }),
  "calendar-time": define2({
    en: (p) => `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`,
    fr: (p) => `${p.hour}h${p.minute === 0 ? "" : String(p.minute).padStart(2, "0")}`
  }),
  "calendar-slot": define2({
    en: (p) => `${p.label ? `${p.label}: ` : ""}${p.start}${p.end ? `\u2013${p.end}` : ""}`,
    fr: (p) => `${p.label ? `${p.label} : ` : ""}${p.start}${p.end ? ` - ${p.end}` : ""}`
  }),
  "calendar-audience": define2({
    en: (p) => `Audience: ${p.audience}`,
    fr: (p) => `Public : ${p.audience}`
  }),
  "calendar-hours": define2({
    en: (p) => `Hours: ${p.hours}`,
    fr: (p) => `Horaires : ${p.hours}`
  }),
  "calendar-theme": define2({
    en: (p) => `Theme: ${p.theme}`,
    fr: (p) => `Th\xE9matique : ${p.theme}`
  }),
  "calendar-not-settled": define2({
    en: (p) => `The date is not settled yet: ${p.dates.join(" or ")}. Each possible date is shown as tentative.`,
    fr: (p) => `La date n\u2019est pas encore fix\xE9e : ${p.dates.join(" ou ")}. Chaque date possible est affich\xE9e comme provisoire.`
  }),
  "calendar-cancelled": define2({
    en: () => "This session is cancelled.",
    fr: () => "Cette session est annul\xE9e."
  }),
  "calendar-details": define2({
    en: (p) => `Details: ${p.url}`,
    fr: (p) => `D\xE9tails : ${p.url}`
  }),
  "build-wrote": define2({
    en: (p) => `wrote ${p.path}`,
    fr: (p) => `\xE9crit ${p.path}`
  }),
  "build-up-to-date": define2({
    en: (p) => `${p.path} is up to date`,
    fr: (p) => `${p.path} est \xE0 jour`
  }),
  "build-stale": define2({
    en: (p) => `${p.path} is out of date: it does not match the programme. Run "programme-sync build" to refresh it.`,
    fr: (p) => `${p.path} n\u2019est pas \xE0 jour : il ne correspond pas au programme. Lancez \xAB programme-sync build \xBB pour le rafra\xEEchir.`
  }),
  "build-all-fresh": define2({
    en: (p) => `${p.files} ${p.files === 1 ? "file is" : "files are"} up to date`,
    fr: (p) => `${p.files} fichier${p.files > 1 ? "s sont" : " est"} \xE0 jour`
  }),
  // --- Faults (issue 7): file-system problems while reading or writing, and what build did about them ---
  "io-reason": define2({
    en: (p) => ({
      ENOENT: "no such file or folder",
      EACCES: "permission denied",
      EPERM: "permission denied",
      EISDIR: "it is a folder, not a file",
      ENOSPC: "no space left on the disk",
      EDQUOT: "no space left on the disk (quota reached)",
      EROFS: "the file system is read-only",
      ENOTDIR: "a part of the path is a file, not a folder"
    })[p.code ?? ""] ?? p.detail,
    fr: (p) => ({
      ENOENT: "fichier ou dossier introuvable",
      EACCES: "permission refus\xE9e",
      EPERM: "permission refus\xE9e",
      EISDIR: "c\u2019est un dossier, pas un fichier",
      ENOSPC: "plus de place sur le disque",
      EDQUOT: "plus de place sur le disque (quota atteint)",
      EROFS: "le syst\xE8me de fichiers est en lecture seule",
      ENOTDIR: "une partie du chemin est un fichier, pas un dossier"
    })[p.code ?? ""] ?? p.detail
  }),
  "build-cannot-write": define2({
    en: (p) => `cannot write ${p.path}: ${p.reason}. ` + (p.written.length === 0 ? "Nothing was written: every file is as it was." : `Written: ${p.written.join(", ")}. Not written, left as they were: ${p.notWritten.join(", ")}. Fix the problem and run "programme-sync build" again.`),
    fr: (p) => `impossible d\u2019\xE9crire ${p.path} : ${p.reason}. ` + (p.written.length === 0 ? "Rien n\u2019a \xE9t\xE9 \xE9crit : chaque fichier est rest\xE9 tel quel." : `\xC9crits : ${p.written.join(", ")}. Pas \xE9crits, rest\xE9s tels quels : ${p.notWritten.join(", ")}. Corrigez le probl\xE8me et relancez \xAB programme-sync build \xBB.`)
  }),
  "build-removed-temporary": define2({
    en: (p) => `removed ${p.path}, a temporary file left by an interrupted build`,
    fr: (p) => `supprim\xE9 ${p.path}, un fichier temporaire laiss\xE9 par une construction interrompue`
  }),
  "archive-cannot-write": define2({
    en: (p) => `cannot write ${p.path}: ${p.reason}. Nothing was archived: every file is as it was.`,
    fr: (p) => `impossible d\u2019\xE9crire ${p.path} : ${p.reason}. Rien n\u2019a \xE9t\xE9 archiv\xE9 : chaque fichier est rest\xE9 tel quel.`
  }),
  "action-cannot-write": define2({
    en: (p) => `cannot write ${p.path}: ${p.reason}. ` + (p.written.length === 0 ? "None of the files to generate was written." : `Of the files to generate, only ${p.written.join(", ")} ${p.written.length === 1 ? "was" : "were"} written.`),
    fr: (p) => `impossible d\u2019\xE9crire ${p.path} : ${p.reason}. ` + (p.written.length === 0 ? "Aucun des fichiers \xE0 g\xE9n\xE9rer n\u2019a \xE9t\xE9 \xE9crit." : `Des fichiers \xE0 g\xE9n\xE9rer, seul${p.written.length === 1 ? "" : "s"} ${p.written.join(", ")} ${p.written.length === 1 ? "a" : "ont"} \xE9t\xE9 \xE9crit${p.written.length === 1 ? "" : "s"}.`)
  }),
  "range-too-long": define2({
    en: (p) => `The dates ${q("en", p.text)} of ${p.where} span ${p.days} days, more than a year: a year is probably mistyped. Correct it ("11 au 15 f\xE9vrier 2019"); the session is left out of the calendar until then.`,
    fr: (p) => `Les dates ${q("fr", p.text)} de ${p.where} couvrent ${p.days} jours, plus d\u2019un an : une ann\xE9e est sans doute mal tap\xE9e. Corrigez-la (\xAB 11 au 15 f\xE9vrier 2019 \xBB) ; la session reste hors du calendrier d\u2019ici l\xE0.`
  }),
  // --- end of faults ---
  // --- Links and archives (src/links, src/commands/archive.ts) ---
  "link-target-missing": define2({
    en: (p) => `The link ${q("en", p.target)} points to ${q("en", p.path)}, which does not exist in the repository.` + (p.suggestion ? ` The closest existing file is ${q("en", p.suggestion)}: write that, or restore the file.` : " Correct the link or restore the file."),
    fr: (p) => `Le lien ${q("fr", p.target)} m\xE8ne \xE0 ${q("fr", p.path)}, qui n\u2019existe pas dans le d\xE9p\xF4t.` + (p.suggestion ? ` Le fichier existant le plus proche est ${q("fr", p.suggestion)} : \xE9crivez-le, ou r\xE9tablissez le fichier.` : " Corrigez le lien ou r\xE9tablissez le fichier.")
  }),
  "link-anchor-missing": define2({
    en: (p) => `The link ${q("en", p.target)} points to the heading #${p.anchor} of ${q("en", p.file)}, which has no such heading.` + (p.suggestion ? ` The closest heading link is #${p.suggestion}.` : "") + " Correct the part after # (a heading link is the heading in lower case, spaces as dashes, punctuation removed).",
    fr: (p) => `Le lien ${q("fr", p.target)} m\xE8ne au titre #${p.anchor} de ${q("fr", p.file)}, qui n\u2019a pas ce titre.` + (p.suggestion ? ` Le lien de titre le plus proche est #${p.suggestion}.` : "") + " Corrigez la partie apr\xE8s # (le lien d\u2019un titre est le titre en minuscules, espaces chang\xE9s en tirets, ponctuation retir\xE9e)."
  }),
  "link-own-url-missing": define2({
    en: (p) => `The link ${q("en", p.url)} points to a file of this repository (${p.repository}) that does not exist in the last commit.` + (p.suggestion ? ` The closest existing file is ${q("en", p.suggestion)}.` : "") + " Correct the path in the URL, or better, write a relative link (it keeps working in forks and branches).",
    fr: (p) => `Le lien ${q("fr", p.url)} m\xE8ne \xE0 un fichier de ce d\xE9p\xF4t (${p.repository}) qui n\u2019existe pas dans le dernier commit.` + (p.suggestion ? ` Le fichier existant le plus proche est ${q("fr", p.suggestion)}.` : "") + " Corrigez le chemin de l\u2019URL, ou mieux, \xE9crivez un lien relatif (il reste valable dans les copies et les branches)."
  }),
  "link-outside-repository": define2({
    en: (p) => `The link ${q("en", p.target)} leaves the repository (too many "../"): readers on GitHub cannot follow it. Point it at a file of the repository, or use a full https:// address.`,
    fr: (p) => `Le lien ${q("fr", p.target)} sort du d\xE9p\xF4t (trop de \xAB ../ \xBB) : les lecteurs sur GitHub ne peuvent pas le suivre. Faites-le pointer vers un fichier du d\xE9p\xF4t, ou utilisez une adresse https:// compl\xE8te.`
  }),
  "link-through-outside-symlink": define2({
    en: (p) => `The link ${q("en", p.target)} goes through ${q("en", p.link)}, a symbolic link that leads outside the repository; it was not followed. Link to the file inside the repository instead.`,
    fr: (p) => `Le lien ${q("fr", p.target)} passe par ${q("fr", p.link)}, un lien symbolique qui sort du d\xE9p\xF4t ; il n\u2019a pas \xE9t\xE9 suivi. Faites plut\xF4t un lien vers le fichier dans le d\xE9p\xF4t.`
  }),
  "archive-not-linked": define2({
    en: (p) => `The archived programme ${q("en", p.path)} is linked from nowhere in this programme. Add a link to ${q("en", p.link)}, or add the archives markers and run "programme-sync build".`,
    fr: (p) => `Le programme archiv\xE9 ${q("fr", p.path)} n\u2019est li\xE9 nulle part dans ce programme. Ajoutez un lien vers ${q("fr", p.link)}, ou ajoutez les marqueurs des archives et lancez \xAB programme-sync build \xBB.`
  }),
  "managed-block-missing": define2({
    en: (p) => `No ${p.kind === "archives" ? "list of archived programmes" : "calendar subscription links"} managed by programme-sync here. To have "programme-sync build" keep ${p.kind === "archives" ? "it" : "them"} up to date, paste these two lines, one under the other, where ${p.kind === "archives" ? "it" : "they"} should appear: ${p.opening} ${p.closing}`,
    fr: (p) => `Pas de ${p.kind === "archives" ? "liste des programmes archiv\xE9s tenue" : "liens d\u2019abonnement au calendrier tenus"} \xE0 jour par programme-sync ici. Pour que \xAB programme-sync build \xBB ${p.kind === "archives" ? "la" : "les"} tienne \xE0 jour, collez ces deux lignes, l\u2019une sous l\u2019autre, l\xE0 o\xF9 ${p.kind === "archives" ? "elle doit" : "ils doivent"} appara\xEEtre : ${p.opening} ${p.closing}`
  }),
  "managed-block-stale": define2({
    en: (p) => `The ${p.kind === "archives" ? "list of archived programmes" : "calendar links"} between the programme-sync markers ${p.kind === "archives" ? "is" : "are"} out of date. Run "programme-sync build" to refresh ${p.kind === "archives" ? "it" : "them"} (do not edit between the markers: build rewrites that text).`,
    fr: (p) => `${p.kind === "archives" ? "La liste des programmes archiv\xE9s" : "Les liens du calendrier"} entre les marqueurs programme-sync ${p.kind === "archives" ? "n\u2019est plus \xE0 jour" : "ne sont plus \xE0 jour"}. Lancez \xAB programme-sync build \xBB pour rafra\xEEchir (ne modifiez pas le texte entre les marqueurs : build le r\xE9\xE9crit).`
  }),
  "managed-block-unpaired": define2({
    en: (p) => `The marker ${q("en", p.marker)} has no partner: nothing is written here until the line ${q("en", p.missing)} is added (or this one removed).`,
    fr: (p) => `Le marqueur ${q("fr", p.marker)} n\u2019a pas de partenaire : rien n\u2019est \xE9crit ici tant que la ligne ${q("fr", p.missing)} n\u2019est pas ajout\xE9e (ou celle-ci retir\xE9e).`
  }),
  "calendar-link-no-repository": define2({
    en: () => 'The calendar links cannot be written: the GitHub repository is unknown. Pass --repo OWNER/REPO (or --calendar-base-url), or set the git remote "origin" to the GitHub repository.',
    fr: () => "Les liens du calendrier ne peuvent pas \xEAtre \xE9crits : le d\xE9p\xF4t GitHub est inconnu. Passez --repo PROPRI\xC9TAIRE/D\xC9P\xD4T (ou --calendar-base-url), ou faites pointer le remote git \xAB origin \xBB vers le d\xE9p\xF4t GitHub."
  }),
  "archives-block-item": define2({
    en: (p) => p.year === void 0 ? p.name : `${p.year} programme`,
    fr: (p) => p.year === void 0 ? p.name : `Programme ${p.year}`
  }),
  "archives-block-empty": define2({
    en: () => "No programme from a previous year yet.",
    fr: () => "Pas encore de programme d\u2019une ann\xE9e pr\xE9c\xE9dente."
  }),
  "calendar-block-subscribe": define2({
    en: () => "Subscribe in a calendar app (updates follow):",
    fr: () => "S\u2019abonner dans un agenda (les mises \xE0 jour suivent) :"
  }),
  "calendar-block-download": define2({
    en: () => "Add by URL or download the .ics file:",
    fr: () => "Ajouter par URL ou t\xE9l\xE9charger le fichier .ics :"
  }),
  "archive-target-exists": define2({
    en: (p) => `${p.path} exists already: this year is archived. Remove it first if you mean to archive again.`,
    fr: (p) => `${p.path} existe d\xE9j\xE0 : cette ann\xE9e est d\xE9j\xE0 archiv\xE9e. Supprimez-le d\u2019abord pour archiver \xE0 nouveau.`
  }),
  "archive-outside-repository": define2({
    en: (p) => `${p.path} is not inside the repository (or is reached through a symbolic link that leaves it): nothing was archived.`,
    fr: (p) => `${p.path} n\u2019est pas dans le d\xE9p\xF4t (ou passe par un lien symbolique qui en sort) : rien n\u2019a \xE9t\xE9 archiv\xE9.`
  }),
  "archive-copied": define2({
    en: (p) => `Copied ${p.from} to ${p.to} (${p.links} relative ${p.links === 1 ? "link" : "links"} adjusted to the new folder).`,
    fr: (p) => `${p.from} copi\xE9 vers ${p.to} (${p.links} lien${p.links > 1 ? "s" : ""} relatif${p.links > 1 ? "s" : ""} adapt\xE9${p.links > 1 ? "s" : ""} au nouveau dossier).`
  }),
  "archive-link-kept": define2({
    en: (p) => `The link ${q("en", p.target)} on line ${p.line} of the copy is written in a way the tool does not rewrite; check it by hand.`,
    fr: (p) => `Le lien ${q("fr", p.target)} ligne ${p.line} de la copie est \xE9crit d\u2019une fa\xE7on que l\u2019outil ne r\xE9\xE9crit pas ; v\xE9rifiez-le \xE0 la main.`
  }),
  "archive-block-updated": define2({
    en: (p) => `Added the archive to the list of archived programmes in ${p.path}.`,
    fr: (p) => `Archive ajout\xE9e \xE0 la liste des programmes archiv\xE9s de ${p.path}.`
  }),
  "archive-block-absent": define2({
    en: (p) => `${p.path} has no list of archived programmes managed by programme-sync, so it was not changed; to have one, paste these two lines, one under the other, into it and run "programme-sync build": ${p.opening} ${p.closing}`,
    fr: (p) => `${p.path} n\u2019a pas de liste des programmes archiv\xE9s tenue par programme-sync, il n\u2019a donc pas \xE9t\xE9 modifi\xE9 ; pour en avoir une, collez-y ces deux lignes, l\u2019une sous l\u2019autre, et lancez \xAB programme-sync build \xBB : ${p.opening} ${p.closing}`
  }),
  // --- end of links and archives ---
  // --- The GitHub Action: inputs, pushing, annotations, job summary ---
  "input-invalid": define2({
    en: (p) => `The input "${p.name}" is "${p.value}"; it must be ${p.expected}. Correct it in the workflow's "with:" block.`,
    fr: (p) => `L\u2019entr\xE9e \xAB ${p.name} \xBB vaut \xAB ${p.value} \xBB ; elle doit \xEAtre ${p.expected}. Corrigez-la dans le bloc \xAB with: \xBB du workflow.`
  }),
  "input-expect-one-of": define2({
    en: (p) => `one of ${p.values.map((v) => `"${v}"`).join(", ")}`,
    fr: (p) => `l\u2019une des valeurs ${p.values.map((v) => `\xAB ${v} \xBB`).join(", ")}`
  }),
  "input-expect-year": define2({ en: () => "a four-digit year such as 2027, or empty", fr: () => "une ann\xE9e \xE0 quatre chiffres comme 2027, ou vide" }),
  "input-expect-timezone": define2({
    en: () => 'an IANA time zone such as "Europe/Paris"',
    fr: () => "un fuseau horaire IANA comme \xAB Europe/Paris \xBB"
  }),
  "input-expect-not-empty": define2({ en: () => "a non-empty text", fr: () => "un texte non vide" }),
  "input-expect-inside-workspace": define2({
    en: (p) => `a path inside the repository (${p.workspace}); "..", absolute paths elsewhere and "~" are refused`,
    fr: (p) => `un chemin dans le d\xE9p\xF4t (${p.workspace}) ; \xAB .. \xBB, les chemins absolus ailleurs et \xAB ~ \xBB sont refus\xE9s`
  }),
  "input-matches-nothing": define2({
    en: (p) => `The input "${p.name}" lists "${p.pattern}", which matches no file of the repository. Check the path (it is relative to the repository root) or remove the line.`,
    fr: (p) => `L\u2019entr\xE9e \xAB ${p.name} \xBB contient \xAB ${p.pattern} \xBB, qui ne correspond \xE0 aucun fichier du d\xE9p\xF4t. V\xE9rifiez le chemin (relatif \xE0 la racine du d\xE9p\xF4t) ou supprimez la ligne.`
  }),
  "action-pull-request-target": define2({
    en: () => `This workflow runs on "pull_request_target": it has the base repository's token and secrets while reading files from a pull request that anyone may have opened. programme-sync only reads the pull request's programme, but prefer "pull_request", which needs no write permission.`,
    fr: () => "Ce workflow s\u2019ex\xE9cute sur \xAB pull_request_target \xBB : il dispose du jeton et des secrets du d\xE9p\xF4t de base tout en lisant des fichiers d\u2019une pull request que n\u2019importe qui peut avoir ouverte. programme-sync ne fait que lire le programme de la pull request, mais pr\xE9f\xE9rez \xAB pull_request \xBB, qui n\u2019a besoin d\u2019aucun droit d\u2019\xE9criture."
  }),
  "action-not-a-branch": define2({
    en: (p) => `${p.ref} is not a branch (a tag or a detached commit): the refreshed files are written but nothing is committed or pushed.`,
    fr: (p) => `${p.ref} n\u2019est pas une branche (une \xE9tiquette ou un commit d\xE9tach\xE9) : les fichiers rafra\xEEchis sont \xE9crits mais rien n\u2019est commit\xE9 ni pouss\xE9.`
  }),
  "action-committed": define2({
    en: (p) => `Pushed ${p.sha.slice(0, 7)} to ${p.branch}, refreshing ${p.files.join(", ")}.`,
    fr: (p) => `${p.sha.slice(0, 7)} pouss\xE9 sur ${p.branch}, qui rafra\xEEchit ${p.files.join(", ")}.`
  }),
  "action-nothing-to-commit": define2({
    en: () => "The generated files are already up to date: nothing to commit.",
    fr: () => "Les fichiers g\xE9n\xE9r\xE9s sont d\xE9j\xE0 \xE0 jour : rien \xE0 commiter."
  }),
  "action-push-denied": define2({
    en: (p) => `GitHub refused the push to "${p.branch}" (${p.detail}). Nothing is lost: the branch is unchanged and the refreshed files stay committed as ${p.sha.slice(0, 7)} in this job's clone. To let programme-sync push, give the job "permissions: contents: write" (or pass a token with that right as "token"), and if the branch is protected by a rule or ruleset, let GitHub Actions bypass it. Otherwise set "commit: false".`,
    fr: (p) => `GitHub a refus\xE9 la pouss\xE9e sur \xAB ${p.branch} \xBB (${p.detail}). Rien n\u2019est perdu : la branche est inchang\xE9e et les fichiers rafra\xEEchis restent commit\xE9s en ${p.sha.slice(0, 7)} dans le clone de ce job. Pour que programme-sync puisse pousser, donnez au job \xAB permissions: contents: write \xBB (ou passez en \xAB token \xBB un jeton qui a ce droit), et si la branche est prot\xE9g\xE9e par une r\xE8gle ou un ensemble de r\xE8gles, autorisez GitHub Actions \xE0 la contourner. Sinon, mettez \xAB commit: false \xBB.`
  }),
  "action-push-gave-up": define2({
    en: (p) => `The branch "${p.branch}" moved during each of ${p.attempts} attempts to push the refreshed files; nothing was pushed and every other commit is kept. Run the workflow again, and give it a "concurrency" group so that runs do not overlap.`,
    fr: (p) => `La branche \xAB ${p.branch} \xBB a boug\xE9 pendant chacune des ${p.attempts} tentatives de pousser les fichiers rafra\xEEchis ; rien n\u2019a \xE9t\xE9 pouss\xE9 et tous les autres commits sont conserv\xE9s. Relancez le workflow, et donnez-lui un groupe \xAB concurrency \xBB pour que les ex\xE9cutions ne se chevauchent pas.`
  }),
  "action-annotations-hidden": define2({
    en: (p) => `GitHub shows only 10 errors and 10 warnings per step: ${p.errors} more errors, ${p.warnings} more warnings and ${p.notices} more notes are not annotated. The job summary and this step's log list every one.`,
    fr: (p) => `GitHub n\u2019affiche que 10 erreurs et 10 avertissements par \xE9tape : ${p.errors} erreurs, ${p.warnings} avertissements et ${p.notices} remarques de plus ne sont pas annot\xE9s. Le r\xE9sum\xE9 du job et le journal de cette \xE9tape les listent tous.`
  }),
  "action-failed": define2({
    en: (p) => `The programmes have ${p.errors} errors and ${p.warnings} warnings (fail-on: ${p.failOn}). Each is annotated on its line and listed in the job summary.`,
    fr: (p) => `Les programmes ont ${p.errors} erreurs et ${p.warnings} avertissements (fail-on : ${p.failOn}). Chacun est annot\xE9 sur sa ligne et list\xE9 dans le r\xE9sum\xE9 du job.`
  }),
  "action-base-unavailable": define2({
    en: (p) => `The base commit ${p.sha.slice(0, 7)} could not be fetched: the changes for subscribers are not shown.`,
    fr: (p) => `Le commit de base ${p.sha.slice(0, 7)} n\u2019a pas pu \xEAtre r\xE9cup\xE9r\xE9 : les changements pour les abonn\xE9s ne sont pas affich\xE9s.`
  }),
  "job-summary-title": define2({ en: () => "programme-sync", fr: () => "programme-sync" }),
  "job-summary-problems": define2({ en: () => "Problems", fr: () => "Probl\xE8mes" }),
  "job-summary-no-problem": define2({ en: () => "No problem found.", fr: () => "Aucun probl\xE8me trouv\xE9." }),
  "job-summary-sessions": define2({ en: (p) => `Sessions of ${p.path}`, fr: (p) => `Sessions de ${p.path}` }),
  "job-summary-changes": define2({
    en: (p) => `What changes for subscribers to ${p.path}`,
    fr: (p) => `Ce qui change pour les abonn\xE9s de ${p.path}`
  }),
  "job-summary-no-change": define2({
    en: () => "No session is added, moved, cancelled or removed.",
    fr: () => "Aucune session n\u2019est ajout\xE9e, d\xE9plac\xE9e, annul\xE9e ou supprim\xE9e."
  }),
  "job-summary-column": define2({
    en: (p) => ({ file: "File", line: "Line", severity: "Severity", message: "Message", rule: "Rule", dates: "Dates", hours: "Hours", title: "Session", place: "Place", status: "Status", change: "Change", before: "Before", after: "After" })[p.column],
    fr: (p) => ({ file: "Fichier", line: "Ligne", severity: "Gravit\xE9", message: "Message", rule: "R\xE8gle", dates: "Dates", hours: "Horaires", title: "Session", place: "Lieu", status: "Statut", change: "Changement", before: "Avant", after: "Apr\xE8s" })[p.column]
  }),
  "job-summary-severity": define2({
    en: (p) => ({ error: "error", warning: "warning", info: "note" })[p.severity],
    fr: (p) => ({ error: "erreur", warning: "avertissement", info: "remarque" })[p.severity]
  }),
  "job-summary-change": define2({
    en: (p) => ({ added: "added", moved: "moved", cancelled: "cancelled", removed: "removed" })[p.kind],
    fr: (p) => ({ added: "ajout\xE9e", moved: "d\xE9plac\xE9e", cancelled: "annul\xE9e", removed: "supprim\xE9e" })[p.kind]
  }),
  "job-summary-status": define2({
    en: (p) => ({ confirmed: "confirmed", cancelled: "cancelled", tentative: "not settled" })[p.status],
    fr: (p) => ({ confirmed: "confirm\xE9e", cancelled: "annul\xE9e", tentative: "\xE0 confirmer" })[p.status]
  }),
  "job-summary-artifacts": define2({
    en: (p) => `The calendars, this summary and the JSON report are in ${p.dir} (upload it with actions/upload-artifact to download them).`,
    fr: (p) => `Les calendriers, ce r\xE9sum\xE9 et le rapport JSON sont dans ${p.dir} (publiez-le avec actions/upload-artifact pour les t\xE9l\xE9charger).`
  })
  // --- end of the GitHub Action block ---
};
function say(lang, id, params) {
  const template = catalogue[id][lang];
  return template(params);
}

// node_modules/github-slugger/regex.js
var regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;

// node_modules/github-slugger/index.js
var own = Object.hasOwnProperty;
var BananaSlug = class {
  /**
   * Create a new slug class.
   */
  constructor() {
    this.occurrences;
    this.reset();
  }
  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug(value, maintainCase) {
    const self = this;
    let result = slug(value, maintainCase === true);
    const originalSlug = result;
    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++;
      result = originalSlug + "-" + self.occurrences[originalSlug];
    }
    self.occurrences[result] = 0;
    return result;
  }
  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset() {
    this.occurrences = /* @__PURE__ */ Object.create(null);
  }
};
function slug(value, maintainCase) {
  if (typeof value !== "string") return "";
  if (!maintainCase) value = value.toLowerCase();
  return value.replace(regex, "").replace(/ /g, "-");
}

// src/calendar/audiences.ts
var separators = /[+,&/;()[\]]|\bet\b|\band\b/i;
function audienceNames(cell) {
  return cell.split(separators).map((name) => name.trim()).filter((name) => slug(name) !== "").map((name) => ({ name, slug: slug(name), key: audienceKey(name) }));
}
function audienceKey(name) {
  const s = slug(name);
  return s.length > 3 && s.endsWith("s") ? s.slice(0, -1) : s;
}
function programmeAudiences(sessions) {
  const found = /* @__PURE__ */ new Map();
  for (const session of sessions) {
    for (const audience of audienceNames(session.audience?.text ?? "")) {
      if (!found.has(audience.key)) found.set(audience.key, audience);
    }
  }
  return [...found.values()];
}
function isForAudience(session, audience) {
  const names = audienceNames(session.audience?.text ?? "");
  return names.length === 0 || names.some((name) => name.key === audience.key);
}

// src/calendar/calendar-paths.ts
var import_node_path = require("node:path");
function calendarPath(programmePath, options = {}) {
  const name = (0, import_node_path.basename)(programmePath, (0, import_node_path.extname)(programmePath));
  const file = options.audienceSlug ? `${name}.${options.audienceSlug}.ics` : `${name}.ics`;
  const folder = options.outDir ?? (0, import_node_path.dirname)(programmePath);
  return folder === "." ? file : (0, import_node_path.join)(folder, file).split("\\").join("/");
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check2 || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// src/calendar/uid.ts
var suffix = "@programme-sync";
var uidPattern = /^([0-9a-f]{16})-(\d+)@programme-sync$/;
function foldForIdentity(text5) {
  return text5.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function identityHash(identity) {
  const key = `${foldForIdentity(identity.title)}\0${foldForIdentity(identity.audience)}`;
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(key, "utf8").digest("hex").slice(0, 16);
}
function assignUids(events, previous3, known = []) {
  const uids = events.map((_, index2) => known[index2]);
  if (uids.every((uid) => uid !== void 0)) return uids;
  const groups = /* @__PURE__ */ new Map();
  events.forEach((event, index2) => {
    const hash = identityHash(event.identity);
    const members = groups.get(hash);
    if (members) members.push(index2);
    else groups.set(hash, [index2]);
  });
  const previousByHash = /* @__PURE__ */ new Map();
  for (const event of previous3) {
    const hash = uidPattern.exec(event.uid)?.[1];
    if (hash === void 0) continue;
    const list3 = previousByHash.get(hash);
    if (list3) list3.push(event);
    else previousByHash.set(hash, [event]);
  }
  for (const [hash, members] of groups) {
    const earlier = previousByHash.get(hash) ?? [];
    const used = new Set(members.flatMap((index2) => uids[index2] === void 0 ? [] : [uids[index2]]));
    for (const index2 of members) {
      if (uids[index2] !== void 0) continue;
      const same = earlier.find((event) => !used.has(event.uid) && event.start === events[index2].start);
      if (same) {
        uids[index2] = same.uid;
        used.add(same.uid);
      }
    }
    const moved = earlier.filter((event) => !used.has(event.uid));
    for (const index2 of members) {
      if (uids[index2] !== void 0) continue;
      const event = moved.shift();
      if (!event) break;
      uids[index2] = event.uid;
      used.add(event.uid);
    }
    const taken = /* @__PURE__ */ new Set([...earlier.map((event) => event.uid), ...used]);
    members.forEach((index2, ordinal) => {
      if (uids[index2] !== void 0) return;
      let n = ordinal + 1;
      while (taken.has(`${hash}-${n}${suffix}`)) n++;
      uids[index2] = `${hash}-${n}${suffix}`;
      taken.add(uids[index2]);
    });
  }
  return uids;
}

// src/calendar/detail-links.ts
function headingAnchors(tree) {
  const slugger = new BananaSlug();
  const anchors = /* @__PURE__ */ new Map();
  visit(tree, "heading", (heading2) => {
    const anchor = slugger.slug(toString(heading2));
    if (heading2.position) anchors.set(heading2.position.start.line, anchor);
  });
  return anchors;
}
function matchingSection(session, programme) {
  const dates = session.dates.value;
  if (!dates) return void 0;
  const days = new Set(dates.days.map((d) => `${d.year}-${d.month}-${d.day}`));
  const candidates2 = programme.sections.filter((section) => {
    const first = section.dates.value?.days[0];
    return first !== void 0 && days.has(`${first.year}-${first.month}-${first.day}`);
  });
  const title = foldForIdentity(session.title.text);
  return candidates2.find((section) => title !== "" && foldForIdentity(section.heading.text).includes(title)) ?? candidates2[0];
}
function detailUrl(session, programme, anchors, repository) {
  const section = matchingSection(session, programme);
  const anchor = section ? anchors.get(section.heading.position.start.line) : void 0;
  if (!anchor) return void 0;
  const base = repository.url.replace(/\/+$/, "");
  const encode2 = (path2) => path2.split("/").map(encodeURIComponent).join("/");
  return `${base}/blob/${encode2(repository.branch)}/${encode2(repository.path)}#${encodeURIComponent(anchor)}`;
}

// src/calendar/dtstamp.ts
function formatStamp(epochSeconds) {
  const iso = new Date(epochSeconds * 1e3).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
function chooseStamp(sources) {
  if (sources.sourceDateEpoch !== void 0) return formatStamp(sources.sourceDateEpoch);
  if (sources.commitTime !== void 0) return formatStamp(sources.commitTime);
  const previous3 = latestStamp(sources.previous);
  if (previous3) return previous3;
  const year = sources.firstDay?.year ?? 1980;
  return `${String(year).padStart(4, "0")}0101T000000Z`;
}
function sourceDateEpochOf(env) {
  const value = env["SOURCE_DATE_EPOCH"];
  return value !== void 0 && /^\d+$/.test(value.trim()) ? Number(value.trim()) : void 0;
}
function latestStamp(previous3) {
  const stamps = (previous3?.events ?? []).flatMap((event) => event.dtstamp ? [event.dtstamp] : []);
  return stamps.length > 0 ? stamps.reduce((a, b) => b > a ? b : a) : void 0;
}

// src/dates/plain-date.ts
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
var MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}
function isRealDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}
function toDayNumber(date) {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function fromDayNumber(n) {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
function isoWeekday(date) {
  const n = toDayNumber(date);
  return ((n + 3) % 7 + 7) % 7 + 1;
}
function addDays(date, n) {
  return fromDayNumber(toDayNumber(date) + n);
}
function toIsoDate(date) {
  const y = date.year < 0 ? `-${String(-date.year).padStart(4, "0")}` : String(date.year).padStart(4, "0");
  return `${y}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
function compareDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function daysFromTo(a, b) {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const days = [];
  for (let n = from; n <= to; n++) days.push(fromDayNumber(n));
  return days;
}

// src/calendar/event-plan.ts
function planSessionEvents(session, context) {
  const dates = session.dates.value;
  if (!dates) return [];
  const options = dates.alternatives ?? [dates.days];
  const allSlots = session.hours?.value ?? [];
  const ownSlots = context.hoursFor ? allSlots.filter((slot) => slot.label !== void 0 && context.hoursFor(slot.label)) : [];
  const span = timeSpan(ownSlots.length > 0 ? ownSlots : allSlots);
  const status = session.status === "cancelled" ? "CANCELLED" : session.status === "tentative" || dates.alternatives ? "TENTATIVE" : "CONFIRMED";
  const text5 = describe(session, allSlots, dates.alternatives, context);
  const identity = { title: session.title.text, audience: session.audience?.text ?? "" };
  const events = [];
  for (const days of options) {
    const real = days.filter((day) => isRealDate(day.year, day.month, day.day));
    const timings = span ? real.map((day) => ({ kind: "timed", day, start: span.start, ...span.end ? { end: span.end } : {} })) : consecutiveRuns(real).map((run) => ({ kind: "all-day", start: run[0], endExclusive: addDays(run.at(-1), 1) }));
    for (const timing of timings) {
      events.push({
        identity,
        timing,
        status,
        ...text5,
        ...context.detailUrl ? { url: context.detailUrl } : {},
        rowIndex: session.rowIndex
      });
    }
  }
  return events;
}
function timeSpan(slots) {
  if (slots.length === 0) return void 0;
  const minutes = (t) => t.hour * 60 + t.minute;
  const start = slots.map((s) => s.start).reduce((a, b) => minutes(b) < minutes(a) ? b : a);
  const ends = slots.flatMap((s) => s.end ? [s.end] : []);
  const end = ends.length > 0 ? ends.reduce((a, b) => minutes(b) > minutes(a) ? b : a) : void 0;
  return end && minutes(end) > minutes(start) ? { start, end } : { start };
}
function consecutiveRuns(days) {
  const runs = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && compareDates(addDays(run.at(-1), 1), day) === 0) run.push(day);
    else runs.push([day]);
  }
  return runs;
}
function describe(session, slots, alternatives, { language, detailUrl: detailUrl2 }) {
  const title = session.title.text || say(language, "calendar-untitled", {});
  const theme = session.theme?.text;
  let summary = theme && theme !== title ? `${title} \u2013 ${theme}` : title;
  if (session.status === "cancelled") summary += ` ${say(language, "summary-status", { status: "cancelled" })}`;
  else if (session.status === "tentative" || alternatives) summary += ` ${say(language, "summary-status", { status: "tentative" })}`;
  const lines = [];
  if (session.status === "cancelled") lines.push(say(language, "calendar-cancelled", {}));
  if (alternatives) {
    const dates = alternatives.map((days) => days.map((day) => say(language, "date-long", day)).join(", "));
    lines.push(say(language, "calendar-not-settled", { dates }));
  }
  if (session.audience?.text) lines.push(say(language, "calendar-audience", { audience: session.audience.text }));
  if (slots.length > 0) {
    const time = (t) => say(language, "calendar-time", t);
    const hours = slots.map(
      (slot) => say(language, "calendar-slot", {
        ...slot.label ? { label: slot.label } : {},
        start: time(slot.start),
        ...slot.end ? { end: time(slot.end) } : {}
      })
    );
    lines.push(say(language, "calendar-hours", { hours: hours.join(", ") }));
  }
  if (theme) lines.push(say(language, "calendar-theme", { theme }));
  if (detailUrl2) lines.push(say(language, "calendar-details", { url: detailUrl2 }));
  return {
    summary,
    description: lines.join("\n"),
    ...session.place?.text ? { location: session.place.text } : {}
  };
}

// src/calendar/content-key.ts
var import_murmurhash3js_revisited = __toESM(require_murmurhash3js_revisited(), 1);
var contentKeyProperty = "X-PROGRAMME-SYNC-KEY";
var renderingVersion = 2;
function contentKey(event) {
  const json = JSON.stringify({ renderingVersion, event });
  return import_murmurhash3js_revisited.default.x86.hash128(Buffer.from(json, "utf8"));
}

// src/calendar/fold-lines.ts
var maxLineOctets = 75;
function unfoldLines(text5) {
  const lines = text5.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
function foldLine(line) {
  if (fitsOnOneLine(line)) return [line];
  const pieces = [];
  let current = "";
  let octets = 0;
  let room = maxLineOctets;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0));
    if (octets + size > room) {
      pieces.push(current);
      current = " ";
      octets = 1;
      room = maxLineOctets;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces;
}
function utf8Length(codePoint) {
  return codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
}
function foldCalendar(lines) {
  let text5 = "";
  for (const line of lines) {
    if (fitsOnOneLine(line)) text5 += line + "\r\n";
    else for (const piece of foldLine(line)) text5 += piece + "\r\n";
  }
  return text5;
}
function fitsOnOneLine(line) {
  return line.length <= maxLineOctets / 3 || line.length <= maxLineOctets && Buffer.byteLength(line, "utf8") <= maxLineOctets;
}

// src/calendar/previous-calendar.ts
var bookkeeping = /* @__PURE__ */ new Set(["UID", "DTSTAMP", "SEQUENCE", "LAST-MODIFIED", contentKeyProperty]);
function propertyName(line) {
  const end = line.search(/[;:]/);
  return (end < 0 ? line : line.slice(0, end)).toUpperCase();
}
function propertyValue(line) {
  const colon = line.indexOf(":");
  return colon < 0 ? "" : line.slice(colon + 1);
}
function eventFingerprint(lines) {
  return lines.filter((line) => !bookkeeping.has(propertyName(line))).sort().join("\n");
}
function readPreviousCalendar(text5) {
  const events = [];
  let body;
  for (const line of unfoldLines(text5)) {
    if (line === "BEGIN:VEVENT") {
      body = [];
    } else if (line === "END:VEVENT" && body) {
      const event = toPreviousEvent(body);
      if (event) events.push(event);
      body = void 0;
    } else if (body) {
      body.push(line);
    }
  }
  return { events };
}
function toPreviousEvent(lines) {
  let uid;
  let start;
  let dtstamp;
  let lastModified;
  let key;
  let sequenceLine;
  for (const line of lines) {
    switch (propertyName(line)) {
      case "UID":
        uid ??= line;
        break;
      case "DTSTART":
        start ??= line;
        break;
      case "DTSTAMP":
        dtstamp ??= line;
        break;
      case "LAST-MODIFIED":
        lastModified ??= line;
        break;
      case contentKeyProperty:
        key ??= line;
        break;
      case "SEQUENCE":
        sequenceLine ??= line;
        break;
    }
  }
  if (!uid || !start) return void 0;
  const sequence = Number(propertyValue(sequenceLine ?? "SEQUENCE:0"));
  let fingerprint;
  return {
    uid: propertyValue(uid),
    start,
    ...dtstamp ? { dtstamp: propertyValue(dtstamp) } : {},
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    ...lastModified ? { lastModified: propertyValue(lastModified) } : {},
    get fingerprint() {
      return fingerprint ??= eventFingerprint(lines);
    },
    ...key ? { key: propertyValue(key) } : {},
    lines
  };
}

// src/calendar/write-calendar.ts
var productId = "-//programme-sync//programme-sync//EN";
var refreshInterval = "PT12H";
async function writeCalendar(input) {
  const carryOver = input.carryOver ?? true;
  const order2 = input.events.map((_, index2) => index2).sort((a, b) => compareEvents(input.events, a, b));
  const events = order2.map((index2) => input.events[index2]);
  const keys = events.map((event) => contentKey(keyedContent(event, input.timezone)));
  const previousEvents = input.previous?.events ?? [];
  const carried = matchByKey(keys, previousEvents);
  const toRender = events.map((_, index2) => index2).filter((index2) => !carryOver || !carried[index2]);
  const needsRender = toRender.length > 0 || !carryOver;
  const stamp = !needsRender ? "" : typeof input.stamp === "string" ? input.stamp : await input.stamp();
  let rendered;
  if (needsRender) {
    const toUtc = toRender.some((index2) => events[index2].timing.kind === "timed") ? (await Promise.resolve().then(() => __toESM(require("./wall-clock.js"), 1))).wallClockToUtc : void 0;
    rendered = await render(
      toRender.map((index2) => ({ ...toIcsAttributes(events[index2], input.timezone, toUtc), uid: "draft", timestamp: stamp, sequence: 0 })),
      { productId, method: "PUBLISH", calName: escapeText(input.name) }
    );
  }
  const blocks = events.map(() => void 0);
  toRender.forEach((index2, position2) => blocks[index2] = rendered.blocks[position2]);
  const uids = assignUids(
    events.map((event, index2) => ({
      identity: event.identity,
      start: carried[index2]?.start ?? blocks[index2].find((l) => propertyName(l) === "DTSTART")
    })),
    previousEvents,
    carried.map((event) => event?.uid)
  );
  const previousByUid = new Map(previousEvents.map((event) => [event.uid, event]));
  const finished = events.map((_, index2) => {
    const block = blocks[index2];
    if (!block) return carried[index2].lines;
    const values = bookkeeping2(uids[index2], eventFingerprint(block), previousByUid.get(uids[index2]), stamp);
    return withBookkeeping(block, values, keys[index2]);
  });
  const header = rendered && !carryOver ? withFeedProperties(rendered.header, input.timezone) : feedHeader(input.name, input.timezone);
  const footer = rendered && !carryOver ? rendered.footer : ["END:VCALENDAR"];
  const lines = [...header, ...finished.flatMap((block) => ["BEGIN:VEVENT", ...block, "END:VEVENT"]), ...footer];
  return foldCalendar(lines);
}
function matchByKey(keys, previous3) {
  const byKey = /* @__PURE__ */ new Map();
  for (const event of previous3) {
    if (event.key === void 0) continue;
    const list3 = byKey.get(event.key);
    if (list3) list3.push(event);
    else byKey.set(event.key, [event]);
  }
  return keys.map((key) => byKey.get(key)?.shift());
}
function feedHeader(name, timezone) {
  const calName = escapeText(name);
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `PRODID:${productId}`,
    "METHOD:PUBLISH",
    ...calName ? [`X-WR-CALNAME:${calName}`] : [],
    ...feedProperties(timezone)
  ];
}
function feedProperties(timezone) {
  return [`X-WR-TIMEZONE:${escapeText(timezone)}`, `REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`, `X-PUBLISHED-TTL:${refreshInterval}`];
}
function bookkeeping2(uid, fingerprint, previous3, stamp) {
  if (!previous3) return { uid, dtstamp: stamp, sequence: 0 };
  if (previous3.fingerprint === fingerprint) {
    return {
      uid,
      dtstamp: previous3.dtstamp ?? stamp,
      sequence: previous3.sequence,
      ...previous3.lastModified ? { lastModified: previous3.lastModified } : {}
    };
  }
  const changedAt = previous3.dtstamp && previous3.dtstamp > stamp ? previous3.dtstamp : stamp;
  return { uid, dtstamp: changedAt, sequence: previous3.sequence + 1, lastModified: changedAt };
}
function withBookkeeping(block, values, key) {
  const lines = block.map((line) => {
    switch (propertyName(line)) {
      case "UID":
        return `UID:${values.uid}`;
      case "DTSTAMP":
        return `DTSTAMP:${values.dtstamp}`;
      case "SEQUENCE":
        return `SEQUENCE:${values.sequence}`;
      default:
        return line;
    }
  });
  lines.push(`${contentKeyProperty}:${key}`);
  if (values.lastModified) lines.push(`LAST-MODIFIED:${values.lastModified}`);
  return lines;
}
function splitEvents(lines) {
  const header = [];
  const blocks = [];
  const footer = [];
  let block;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") block = [];
    else if (line === "END:VEVENT" && block) {
      blocks.push(block);
      block = void 0;
    } else if (block) block.push(line);
    else (blocks.length === 0 && line !== "END:VCALENDAR" ? header : footer).push(line);
  }
  return { header, blocks, footer };
}
function keyedContent(event, zone) {
  const { rowIndex: _order, ...content3 } = event;
  return event.timing.kind === "timed" ? { ...content3, zone } : content3;
}
function toIcsAttributes(event, zone, toUtc) {
  const common = {
    title: event.summary,
    status: event.status,
    ...event.description ? { description: event.description } : {},
    ...event.location ? { location: event.location } : {},
    ...event.url ? { url: event.url } : {}
  };
  const timing = event.timing;
  if (timing.kind === "all-day") {
    const { start: start2, endExclusive: end } = timing;
    return { ...common, start: [start2.year, start2.month, start2.day], end: [end.year, end.month, end.day] };
  }
  if (!toUtc) throw new Error("a timed event was formatted without the time-zone conversion");
  const utc = { startInputType: "utc", startOutputType: "utc", endInputType: "utc", endOutputType: "utc" };
  const start = toUtc(timing.day, timing.start, zone);
  if (!timing.end) {
    return { ...common, ...utc, start };
  }
  return { ...common, ...utc, start, end: toUtc(timing.day, timing.end, zone) };
}
async function render(events, header) {
  const { createEvents } = await loadIcs();
  const { error, value } = createEvents(events, header);
  if (error || value === null) throw error ?? new Error("ics returned no calendar");
  return splitEvents(unfoldLines(value));
}
async function loadIcs() {
  const loaded = await Promise.resolve().then(() => __toESM(require("./ics.js"), 1));
  return typeof loaded.createEvents === "function" ? loaded : loaded.default;
}
function compareEvents(events, a, b) {
  const key = (index2) => {
    const timing = events[index2].timing;
    const day = timing.kind === "all-day" ? timing.start : timing.day;
    const minutes = timing.kind === "all-day" ? -1 : timing.start.hour * 60 + timing.start.minute;
    return [day.year, day.month, day.day, minutes, events[index2].rowIndex, index2];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}
function withFeedProperties(header, timezone) {
  return [...header.filter((line) => propertyName(line) !== "X-PUBLISHED-TTL"), ...feedProperties(timezone)];
}
function escapeText(text5) {
  return text5.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

// src/calendar/build-calendars.ts
async function buildCalendars(report2, options) {
  const { programme } = report2;
  const anchors = options.repository ? headingAnchors(report2.read.tree) : void 0;
  const urls = programme.sessions.map(
    (session) => anchors && options.repository ? detailUrl(session, programme, anchors, options.repository) : void 0
  );
  const title = programme.title || (0, import_node_path2.basename)(report2.path, (0, import_node_path2.extname)(report2.path));
  const feeds = [];
  feeds.push({ path: calendarPath(report2.path, options), name: title, events: plan(void 0) });
  if (options.split === "audience") {
    for (const audience of programmeAudiences(programme.sessions)) {
      feeds.push({
        path: calendarPath(report2.path, { ...options, audienceSlug: audience.slug }),
        name: say(options.language, "calendar-audience-name", { title, audience: audience.name }),
        events: plan(audience)
      });
    }
  }
  let commitTime;
  const outputs = [];
  for (const feed of feeds) {
    const previousText = await options.readPrevious(feed.path);
    const previous3 = previousText === void 0 ? void 0 : readPreviousCalendar(previousText);
    const stamp = async () => {
      const committed = options.sourceDateEpoch === void 0 ? await (commitTime ??= options.commitTime(report2.path)) : void 0;
      return chooseStamp({
        ...options.sourceDateEpoch !== void 0 ? { sourceDateEpoch: options.sourceDateEpoch } : {},
        ...committed !== void 0 ? { commitTime: committed } : {},
        ...previous3 ? { previous: previous3 } : {},
        ...firstDayOf(feed.events)
      });
    };
    const content3 = await writeCalendar({
      name: feed.name,
      timezone: options.timezone,
      events: feed.events,
      ...previous3 ? { previous: previous3 } : {},
      stamp
    });
    outputs.push({
      path: feed.path,
      content: content3,
      ...previousText !== void 0 ? { previous: previousText } : {},
      changed: content3 !== previousText
    });
  }
  return outputs;
  function plan(audience) {
    return programme.sessions.flatMap((session, index2) => {
      if (audience && !isForAudience(session, audience)) return [];
      const url = urls[index2];
      return planSessionEvents(session, {
        language: options.language,
        ...url ? { detailUrl: url } : {},
        ...audience ? { hoursFor: (label) => audienceKey(label) === audience.key } : {}
      });
    });
  }
}
function firstDayOf(events) {
  const days = events.map((event) => event.timing.kind === "all-day" ? event.timing.start : event.timing.day);
  if (days.length === 0) return {};
  const first = days.reduce((a, b) => b.year * 1e4 + b.month * 100 + b.day < a.year * 1e4 + a.month * 100 + a.day ? b : a);
  return { firstDay: first };
}

// src/calendar/git-commit-time.ts
var import_node_path3 = require("node:path");

// src/git/run-git.ts
async function runGit(args, cwd) {
  const { execFile } = await Promise.resolve().then(() => __toESM(require("node:child_process"), 1));
  return new Promise((resolve8) => {
    execFile("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      resolve8(error ? void 0 : stdout);
    });
  });
}

// src/calendar/git-commit-time.ts
async function gitCommitTime(path2) {
  const value = (await runGit(["log", "-1", "--format=%ct", "--", (0, import_node_path3.basename)(path2)], (0, import_node_path3.dirname)(path2) || "."))?.trim() ?? "";
  return /^\d+$/.test(value) ? Number(value) : void 0;
}

// src/calendar/repository-path.ts
var import_promises2 = require("node:fs/promises");
var import_node_path5 = require("node:path");

// src/git/repository-root.ts
var import_promises = require("node:fs/promises");
var import_node_path4 = require("node:path");
function isInside(folder, path2) {
  const rel = (0, import_node_path4.relative)(folder, path2);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + import_node_path4.sep) && !(0, import_node_path4.isAbsolute)(rel);
}
async function findRepositoryRoot(folder, fallbackRoot) {
  const real = await (0, import_promises.realpath)(folder);
  for (let current = real; ; current = (0, import_node_path4.dirname)(current)) {
    const found = await (0, import_promises.lstat)((0, import_node_path4.join)(current, ".git")).then(
      () => true,
      () => false
    );
    if (found) return { root: current, isGit: true };
    if ((0, import_node_path4.dirname)(current) === current) break;
  }
  const fallback = await (0, import_promises.realpath)(fallbackRoot).catch(() => fallbackRoot);
  return { root: isInside(fallback, real) ? fallback : real, isGit: false };
}

// src/calendar/repository-path.ts
async function pathInRepository(path2) {
  const folder = (0, import_node_path5.dirname)((0, import_node_path5.resolve)(path2));
  const real = await (0, import_promises2.realpath)(folder).catch(() => folder);
  const { root: root2 } = await findRepositoryRoot(real, process.cwd());
  return (0, import_node_path5.relative)(root2, (0, import_node_path5.join)(real, (0, import_node_path5.basename)(path2))).split("\\").join("/");
}

// src/diagnostics/diagnostic.ts
function placeOf(position2) {
  if (!position2) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: position2.start.line,
    column: position2.start.column,
    endLine: position2.end.line,
    endColumn: position2.end.column
  };
}
function compareDiagnostics(a, b) {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// src/diagnostics/collector.ts
var DiagnosticCollector = class {
  constructor(language) {
    this.language = language;
  }
  language;
  diagnostics = [];
  /** Writes a catalogue message in this file's language (for labels inside other messages). */
  say(id, params) {
    return say(this.language, id, params);
  }
  /** Records one diagnostic at an mdast position. */
  add(rule25, severity, id, params, position2, extra = {}) {
    const diagnostic = {
      rule: rule25,
      severity,
      message: this.say(id, params),
      ...placeOf(position2),
      ...extra
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
};

// src/links/check-report-links.ts
var import_promises7 = require("node:fs/promises");
var import_node_path15 = require("node:path");

// src/diagnostics/severity.ts
function isSeverity(value) {
  return value === "error" || value === "warning" || value === "info";
}

// src/rules/define-rule.ts
function ruleUrl(id) {
  return `docs/rules.md#${id}`;
}
function defineRule(spec) {
  if (!/^[a-z][a-z0-9-]*$/.test(spec.id) || /-$|--/.test(spec.id)) throw new Error(`rule id "${spec.id}" is not kebab-case words`);
  return { ...spec, url: ruleUrl(spec.id) };
}
function contextFor(rule25, base, collector) {
  return {
    ...base,
    language: collector.language,
    say: (id, params) => collector.say(id, params),
    report: (id, params, position2, extra = {}) => {
      const diagnostic = collector.add(rule25.id, rule25.severity, id, params, position2, extra);
      diagnostic.url = rule25.url;
    }
  };
}
function relatedAt(position2, message) {
  return { line: position2.start.line, column: position2.start.column, message };
}

// src/rules/date-to-be-confirmed.ts
var rule = defineRule({
  id: "date-to-be-confirmed",
  severity: "info",
  description: "A session whose date is not set yet (TBC, \xE0 venir): it stays out of the calendar."
});

// src/dates/normalise-text.ts
var SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;
var DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
var APOSTROPHE_LIKE = /[\u2018\u2019\u02bc]/u;
var COMBINING_MARK = new RegExp("\\p{M}", "gu");
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var folds = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_FOLDS = 4096;
function foldCodePoint(cp) {
  let folded = folds.get(cp);
  if (folded === void 0) {
    folded = foldOnce(cp);
    if (folds.size < MAX_REMEMBERED_FOLDS) folds.set(cp, folded);
  }
  return folded;
}
function foldOnce(cp) {
  if (SPACE_LIKE.test(cp)) return " ";
  if (DASH_LIKE.test(cp)) return "-";
  if (APOSTROPHE_LIKE.test(cp)) return "'";
  return cp.normalize("NFD").replace(COMBINING_MARK, "").toLowerCase();
}
function normaliseText(text5) {
  const composed = text5.normalize("NFC");
  let out = "";
  if (PRINTABLE_ASCII.test(composed)) out = composed.toLowerCase();
  else for (const cp of composed) out += foldCodePoint(cp);
  return out.replace(/ {2,}/g, " ").trim();
}
function foldWithMap(text5) {
  if (PRINTABLE_ASCII.test(text5)) return { folded: text5.toLowerCase(), map: Array.from({ length: text5.length + 1 }, (_, i) => i) };
  let folded = "";
  const map3 = [];
  let offset = 0;
  for (const cp of text5) {
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) map3.push(offset);
    folded += f;
    offset += cp.length;
  }
  map3.push(text5.length);
  return { folded, map: map3 };
}

// src/rules/audience.ts
var GROUP_WORDS = /* @__PURE__ */ new Map([
  ["eig", "eig"],
  ["mentor", "mentors"],
  ["mentors", "mentors"],
  ["dig", "dig"],
  ["fellow", "fellows"],
  ["fellows", "fellows"],
  ["intrapreneur", "intrapreneurs"],
  ["intrapreneurs", "intrapreneurs"]
]);
function groupName(group) {
  return group === "eig" || group === "dig" ? group.toUpperCase() : group;
}
function groupsIn(text5) {
  const groups = /* @__PURE__ */ new Set();
  for (const word of normaliseText(text5).split(/[^a-z0-9]+/)) {
    const group = GROUP_WORDS.get(word);
    if (group) groups.add(group);
  }
  return groups;
}
function audienceOf(session) {
  let groups = audiences.get(session);
  if (!groups) {
    groups = readAudience(session);
    audiences.set(session, groups);
  }
  return groups;
}
var audiences = /* @__PURE__ */ new WeakMap();
function readAudience(session) {
  const fromColumn = session.audience ? groupsIn(session.audience.text) : /* @__PURE__ */ new Set();
  if (fromColumn.size > 0) return fromColumn;
  const groups = groupsIn(session.title.text);
  for (const slot of session.hours?.value ?? []) if (slot.label) for (const g of groupsIn(slot.label)) groups.add(g);
  return groups;
}
var WHOLE_DAY = { start: 0, end: 24 * 60 };
function toMinutes(time) {
  return time.hour * 60 + time.minute;
}
function spanOf(slot) {
  return { start: toMinutes(slot.start), end: slot.end ? toMinutes(slot.end) : WHOLE_DAY.end };
}
function spanFor(session, group) {
  const slots = session.hours?.value ?? [];
  if (slots.length === 0) return WHOLE_DAY;
  const labelled = slots.filter((slot) => slot.label && groupsIn(slot.label).has(group));
  const unlabelled = slots.filter((slot) => !slot.label);
  const chosen = labelled.length > 0 ? labelled : unlabelled.length > 0 ? unlabelled : slots;
  const spans2 = chosen.map(spanOf);
  return { start: Math.min(...spans2.map((s) => s.start)), end: Math.max(...spans2.map((s) => s.end)) };
}

// src/rules/compare-hours.ts
function sameTime(a, b) {
  return a === void 0 || b === void 0 || a.hour === b.hour && a.minute === b.minute;
}
function slotsAgree(a, b) {
  return sameTime(a.start, b.start) && sameTime(a.end, b.end);
}
function sameGroups(a, b) {
  if (!a.label || !b.label) return true;
  const ga = groupsIn(a.label);
  const gb = groupsIn(b.label);
  if (ga.size === 0 || gb.size === 0) return true;
  return [...ga].some((g) => gb.has(g));
}
function hoursAgree(section, row) {
  return section.every((slot) => row.some((other) => sameGroups(slot, other) && slotsAgree(slot, other)));
}

// src/rules/labels.ts
function rowWhere(context, session) {
  return context.say("row-label", { title: session.title.text, line: session.position.start.line });
}
function relatedRow(context, session) {
  return context.say("related-row", { title: session.title.text, line: session.position.start.line });
}
function longDate(context, date) {
  return context.say("date-long", date);
}

// src/rules/section-rows.ts
var indexes = /* @__PURE__ */ new WeakMap();
function rowsByDay(sessions) {
  let index2 = indexes.get(sessions);
  if (!index2) {
    index2 = /* @__PURE__ */ new Map();
    for (const session of sessions) {
      for (const day of session.dates.value?.days ?? []) {
        const key = toDayNumber(day);
        const rows = index2.get(key);
        if (!rows) index2.set(key, [session]);
        else if (rows.at(-1) !== session) rows.push(session);
      }
    }
    indexes.set(sessions, index2);
  }
  return index2;
}
function rowsForSection(section, sessions) {
  const days = section.dates.value?.days;
  if (!days) return [];
  const index2 = rowsByDay(sessions);
  const found = /* @__PURE__ */ new Set();
  for (const day of days) for (const session of index2.get(toDayNumber(day)) ?? []) found.add(session);
  const rows = [...found].sort((a, b) => a.rowIndex - b.rowIndex);
  const named = groupsIn(section.heading.text);
  const score = (session) => [...audienceOf(session)].filter((g) => named.has(g)).length;
  return rows.map((session, index3) => ({ session, index: index3, score: score(session) })).sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.session);
}
var sortedDays = /* @__PURE__ */ new WeakMap();
function daysInOrder(sessions) {
  let days = sortedDays.get(sessions);
  if (!days) {
    days = [...rowsByDay(sessions).keys()].sort((a, b) => a - b);
    sortedDays.set(sessions, days);
  }
  return days;
}
function nearestRow(day, sessions) {
  const days = daysInOrder(sessions);
  const target = toDayNumber(day);
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (days[middle] < target) low = middle + 1;
    else high = middle;
  }
  const candidates2 = [days[low - 1], days[low]].filter((d) => d !== void 0);
  if (candidates2.length === 0) return void 0;
  const distance = Math.min(...candidates2.map((d) => Math.abs(d - target)));
  const index2 = rowsByDay(sessions);
  const rows = candidates2.filter((d) => Math.abs(d - target) === distance).map((d) => index2.get(d)[0]);
  return rows.reduce((first, row) => row.rowIndex < first.rowIndex ? row : first);
}

// src/rules/detail-field-check.ts
function checkDetailField(context, comparison) {
  const { sessions } = context.programme;
  for (const section of context.programme.sections) {
    const field = comparison.fromSection(section);
    if (!field || field.value === void 0) continue;
    const rows = rowsForSection(section, sessions).filter((row2) => row2.status !== "cancelled");
    const compared = rows.filter((row2) => comparison.fromRow(row2)?.value !== void 0);
    if (compared.length === 0 || compared.length < rows.length) continue;
    if (compared.some((row2) => comparison.agree(field.value, comparison.fromRow(row2).value))) continue;
    const row = compared[0];
    const rowField = comparison.fromRow(row);
    context.report(
      comparison.messageId,
      { heading: section.heading.text, section: field.text, line: row.position.start.line, row: rowField.text },
      field.position,
      { actual: field.text, expected: rowField.text, related: relatedAt(rowField.position, relatedRow(context, row)) }
    );
  }
}

// src/rules/detail-hours-mismatch.ts
var rule2 = defineRule({
  id: "detail-hours-mismatch",
  severity: "warning",
  description: "A detail section whose hours disagree with its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-hours-mismatch",
      // Hours with no clock time (`Les 2 jours`) or prose the grammar cannot read say nothing to compare.
      fromSection: (section) => section.hours?.value?.length ? section.hours : void 0,
      fromRow: (row) => row.hours?.value?.length ? row.hours : void 0,
      agree: hoursAgree
    });
  }
});

// src/rules/compare-text.ts
var SMALL_WORDS = /* @__PURE__ */ new Set([
  "a",
  "au",
  "aux",
  "l",
  "la",
  "le",
  "les",
  "d",
  "de",
  "du",
  "des",
  "et",
  "en",
  "ou",
  "sur",
  "chez",
  "pour",
  "avec",
  "un",
  "une",
  "puis",
  "jusqu",
  "matin",
  "apres",
  "midi",
  "soir",
  "journee",
  "matinee",
  "the",
  "and",
  "of"
]);
var NOT_SETTLED = /* @__PURE__ */ new Set(["", "-", "?", "tbc", "tbd", "nc", "a venir", "a definir", "a confirmer", "a preciser", "voir plus bas"]);
function isUnsettled(text5) {
  const folded = normaliseText(text5);
  return NOT_SETTLED.has(folded.replace(/[.\s]+/g, (run, offset) => offset + run.length === folded.length ? "" : run));
}
function wordsOf(text5) {
  const withoutRemarks = text5.replace(/\([^()]*\)/g, " ");
  const words = [];
  for (const raw of withoutRemarks.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    const folded = normaliseText(raw);
    if (SMALL_WORDS.has(folded) || /^\d{1,2}h\d{0,2}$/.test(folded)) continue;
    words.push({ folded: stem(folded), acronym: raw.length >= 2 && new RegExp("^\\p{Lu}+$", "u").test(raw) });
  }
  return words;
}
function stem(word) {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}
function expandAcronyms(words, other) {
  const out = [];
  for (const word of words) {
    if (word.acronym) {
      const letters = word.folded;
      const at = other.findIndex((_, i) => other.slice(i, i + letters.length).map((w) => w.folded[0]).join("") === letters);
      if (at >= 0 && letters.length > 1 && other.slice(at, at + letters.length).length === letters.length) {
        out.push(...other.slice(at, at + letters.length).map((w) => w.folded));
        continue;
      }
    }
    out.push(word.folded);
  }
  return out;
}
function comparableWords(a, b) {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return [new Set(expandAcronyms(wa, wb)), new Set(expandAcronyms(wb, wa))];
}
function contains(big, small) {
  for (const word of small) if (!big.has(word)) return false;
  return true;
}
function sameOrMoreDetailed(a, b) {
  if (a === b) return true;
  if (isUnsettled(a) || isUnsettled(b)) return true;
  const [wa, wb] = comparableWords(a, b);
  if (wa.size === 0 || wb.size === 0) return true;
  return contains(wa, wb) || contains(wb, wa);
}

// src/rules/detail-place-mismatch.ts
var rule3 = defineRule({
  id: "detail-place-mismatch",
  severity: "warning",
  description: "A detail section whose place contradicts its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-place-mismatch",
      fromSection: (section) => section.place && !isUnsettled(section.place.text) ? section.place : void 0,
      fromRow: (row) => row.place && !isUnsettled(row.place.text) ? row.place : void 0,
      agree: sameOrMoreDetailed
    });
  }
});

// src/rules/detail-theme-mismatch.ts
var rule4 = defineRule({
  id: "detail-theme-mismatch",
  severity: "warning",
  description: "A detail section whose theme contradicts its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-theme-mismatch",
      fromSection: (section) => section.theme && !isUnsettled(section.theme.text) ? section.theme : void 0,
      fromRow: (row) => row.theme && !isUnsettled(row.theme.text) ? row.theme : void 0,
      agree: sameOrMoreDetailed
    });
  }
});

// src/rules/detail-without-row.ts
var rule5 = defineRule({
  id: "detail-without-row",
  severity: "warning",
  description: "A detail section whose date no row of the schedule table has.",
  check(context) {
    const { sessions, table } = context.programme;
    if (!table || sessions.length === 0) return;
    for (const section of context.programme.sections) {
      const day = section.dates.value?.days[0];
      if (!day || rowsForSection(section, sessions).length > 0) continue;
      const nearest = nearestRow(day, sessions);
      context.report(
        "detail-without-row",
        {
          heading: section.heading.text,
          text: section.dates.text,
          date: longDate(context, day),
          ...nearest ? { nearest: rowWhere(context, nearest), nearestText: nearest.dates.text } : {}
        },
        section.dates.position,
        nearest ? { related: relatedAt(nearest.position, relatedRow(context, nearest)) } : {}
      );
    }
  }
});

// src/rules/same-session.ts
var titleKeys = /* @__PURE__ */ new WeakMap();
function titleKey(session) {
  let key = titleKeys.get(session);
  if (key === void 0) {
    key = normaliseText(session.title.text).replace(/[^a-z0-9]+/g, " ").trim();
    titleKeys.set(session, key);
  }
  return key;
}
function sameTitle(a, b) {
  const ta = titleKey(a);
  return ta !== "" && ta === titleKey(b);
}
function sharedDay(a, b) {
  return a.dates.value?.days.find((day) => b.dates.value?.days.some((other) => compareDates(day, other) === 0));
}
function sameSession(a, b) {
  return sameTitle(a, b) && sharedDay(a, b) !== void 0;
}

// src/rules/duplicate-session.ts
var rule6 = defineRule({
  id: "duplicate-session",
  severity: "warning",
  description: "The same session listed twice in the table: same title, same day.",
  check(context) {
    const firstOf = /* @__PURE__ */ new Map();
    for (const session of context.programme.sessions) {
      if (session.status === "cancelled" || !session.dates.value) continue;
      const title = titleKey(session);
      const keys = title === "" ? [] : session.dates.value.days.map((day) => `${title}|${toIsoDate(day)}`);
      const earlier = keys.map((key) => firstOf.get(key)).find((found) => found !== void 0);
      if (earlier) {
        const day = sharedDay(earlier, session);
        context.report(
          "duplicate-session",
          { where: rowWhere(context, session), first: earlier.position.start.line, title: session.title.text, date: longDate(context, day) },
          session.position,
          { related: relatedAt(earlier.position, relatedRow(context, earlier)) }
        );
      } else {
        for (const key of keys) firstOf.set(key, session);
      }
    }
  }
});

// src/rules/end-before-start.ts
var rule7 = defineRule({
  id: "end-before-start",
  severity: "error",
  description: "Hours that end before they start, such as 18h - 9h."
});

// src/rules/html-table.ts
var rule8 = defineRule({
  id: "html-table",
  severity: "info",
  description: "A schedule written as a raw HTML table, which is not read."
});

// src/rules/invalid-date.ts
var rule9 = defineRule({
  id: "invalid-date",
  severity: "error",
  description: "A date that does not exist, such as 30 f\xE9vrier or 29 f\xE9vrier 2019."
});

// src/rules/invalid-hour.ts
var rule10 = defineRule({
  id: "invalid-hour",
  severity: "error",
  description: "An hour that is not a time of day, such as 25h or 9h75."
});

// src/programme/conflict-markers.ts
function markerKind(line) {
  for (const kind of ["<", "|", "=", ">"]) {
    const mark = kind.repeat(7);
    if (!line.startsWith(mark)) continue;
    const rest = line.slice(7);
    if (kind === "=" ? rest.trim() === "" : rest === "" || rest.startsWith(" ") || rest.startsWith("	")) return kind;
  }
  return void 0;
}
function findConflictMarkers(text5) {
  const markers = [];
  let open2 = false;
  let start = 0;
  while (start <= text5.length) {
    let end = text5.indexOf("\n", start);
    if (end < 0) end = text5.length;
    const line = text5.slice(start, end).replace(/\r$/, "");
    const kind = line.length >= 7 ? markerKind(line) : void 0;
    if (kind === "<") open2 = true;
    if (kind && (kind === "<" || kind === ">" || open2)) markers.push({ kind, start, end: start + line.length, text: line.trim() });
    if (kind === ">") open2 = false;
    if (end === text5.length) break;
    start = end + 1;
  }
  return markers;
}
function isConflictMarkerText(text5) {
  return markerKind(text5.trimStart()) !== void 0;
}

// src/rules/merge-conflict.ts
var rule11 = defineRule({
  id: "merge-conflict",
  severity: "error",
  description: "A merge-conflict marker (<<<<<<<, =======, >>>>>>>) left in the file.",
  check(context) {
    let opening;
    for (const marker of findConflictMarkers(context.source.text)) {
      const position2 = context.source.span(marker.start, marker.end);
      if (marker.kind === "<") opening = position2.start;
      const related = marker.kind !== "<" && opening ? { related: relatedAt({ start: opening, end: opening }, context.say("related-first-marker", { line: opening.line })) } : {};
      context.report("merge-conflict", { marker: marker.text }, position2, { actual: marker.text, ...related });
      if (marker.kind === ">") opening = void 0;
    }
  }
});

// src/rules/missing-date.ts
var rule12 = defineRule({
  id: "missing-date",
  severity: "error",
  description: "A row with a title but an empty dates cell."
});

// src/rules/missing-year.ts
var rule13 = defineRule({
  id: "missing-year",
  severity: "error",
  description: "No year anywhere for dates written without one."
});

// src/rules/no-schedule-table.ts
var rule14 = defineRule({
  id: "no-schedule-table",
  severity: "warning",
  description: "A document with no markdown table that has a column of dates."
});

// src/rules/out-of-order.ts
var rule15 = defineRule({
  id: "out-of-order",
  severity: "warning",
  description: "A row dated before the row above it: the table is read in date order.",
  check(context) {
    let previous3;
    for (const session of context.programme.sessions) {
      const dates = session.dates.value;
      if (!dates) continue;
      if (previous3) checkPair(context, previous3, session);
      previous3 = session;
    }
  }
});
var MISPLACED_MONTHS = 3;
function checkPair(context, previous3, session) {
  const before = previous3.dates.value;
  const now = session.dates.value;
  const start = now.days[0];
  const previousStart = before.days[0];
  const related = { related: relatedAt(previous3.position, relatedRow(context, previous3)) };
  const first = now.mentions[0];
  const previousLast = before.mentions.at(-1);
  if (compareDates(start, previousStart) < 0) {
    context.report(
      "out-of-order",
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: longDate(context, start),
        previous: rowWhere(context, previous3),
        previousText: previous3.dates.text,
        previousDate: longDate(context, previousStart)
      },
      session.dates.position,
      related
    );
    return;
  }
  const rolled = first.year === void 0 && now.yearSource === "rollover" && first.resolvedYear === previousLast.resolvedYear + 1;
  const monthsBack = previousLast.month - first.month;
  if (rolled && monthsBack > 0 && monthsBack <= MISPLACED_MONTHS) {
    context.report(
      "out-of-order-rollover",
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: context.say("month-year", { year: first.resolvedYear, month: first.month }),
        previous: rowWhere(context, previous3),
        previousText: previous3.dates.text,
        sameYear: context.say("month-year", { year: previousLast.resolvedYear, month: first.month }),
        year: first.resolvedYear
      },
      session.dates.position,
      related
    );
  }
}

// src/rules/rows-sharing-a-day.ts
function* rowsSharingADay(sessions) {
  const byDay = /* @__PURE__ */ new Map();
  for (let later = 0; later < sessions.length; later++) {
    const earlier = /* @__PURE__ */ new Set();
    for (const day of sessions[later].dates.value?.days ?? []) {
      const key = toIsoDate(day);
      const bucket = byDay.get(key);
      if (bucket) for (const index2 of bucket) earlier.add(index2);
      if (bucket) bucket.push(later);
      else byDay.set(key, [later]);
    }
    for (const index2 of [...earlier].sort((a, b) => a - b)) yield [sessions[index2], sessions[later]];
  }
}

// src/rules/overlap.ts
var rule16 = defineRule({
  id: "overlap",
  severity: "warning",
  description: "Two sessions for the same people at the same time.",
  check(context) {
    const sessions = context.programme.sessions.filter(
      (s) => s.status === "confirmed" && s.dates.value && !s.dates.value.alternatives && audienceOf(s).size > 0
    );
    for (const [first, second] of rowsSharingADay(sessions)) {
      const clash = findClash(first, second);
      if (clash) report(context, first, second, clash);
    }
  }
});
function intersects(a, b) {
  return a.start < b.end && b.start < a.end;
}
function within(inner, outer) {
  return outer.start <= inner.start && inner.end <= outer.end;
}
function isStrictSuperset(big, small) {
  return big.size > small.size && [...small].every((g) => big.has(g));
}
function findClash(a, b) {
  if (sameSession(a, b)) return void 0;
  const groupsA = audienceOf(a);
  const groupsB = audienceOf(b);
  const shared = [...groupsA].filter((g) => groupsB.has(g));
  if (shared.length === 0) return void 0;
  for (const day of a.dates.value.days) {
    if (!b.dates.value.days.some((other) => compareDates(day, other) === 0)) continue;
    for (const group of shared) {
      const spanA = spanFor(a, group);
      const spanB = spanFor(b, group);
      if (!intersects(spanA, spanB)) continue;
      if (within(spanB, spanA) && isStrictSuperset(groupsA, groupsB)) continue;
      if (within(spanA, spanB) && isStrictSuperset(groupsB, groupsA)) continue;
      return { day, group };
    }
  }
  return void 0;
}
function hoursText(context, session) {
  return session.hours?.value?.length ? session.hours.text : context.say("all-day", {});
}
function report(context, first, second, clash) {
  context.report(
    "overlap",
    {
      where: rowWhere(context, second),
      other: rowWhere(context, first),
      group: groupName(clash.group),
      date: longDate(context, clash.day),
      hours: hoursText(context, second),
      otherHours: hoursText(context, first)
    },
    (second.hours ?? second.dates).position,
    { related: relatedAt(first.position, relatedRow(context, first)) }
  );
}

// src/rules/range-too-long.ts
var rule17 = defineRule({
  id: "range-too-long",
  severity: "error",
  description: "A range of dates longer than a year, such as 4 septembre 2019 au 3 f\xE9vrier 2091: a year is mistyped."
});

// src/rules/reversed-range.ts
var rule18 = defineRule({
  id: "reversed-range",
  severity: "error",
  description: "A range of dates whose last day comes before its first, such as 15 au 11 f\xE9vrier."
});

// src/dates/french-months.ts
var MONTHS = /* @__PURE__ */ new Map([
  ["janvier", 1],
  ["janv", 1],
  ["jan", 1],
  ["fevrier", 2],
  ["fevr", 2],
  ["fev", 2],
  ["mars", 3],
  ["avril", 4],
  ["avr", 4],
  ["mai", 5],
  ["juin", 6],
  ["juillet", 7],
  ["juil", 7],
  ["aout", 8],
  ["septembre", 9],
  ["sept", 9],
  ["sep", 9],
  ["octobre", 10],
  ["oct", 10],
  ["novembre", 11],
  ["nov", 11],
  ["decembre", 12],
  ["dec", 12]
]);
var WEEKDAYS = /* @__PURE__ */ new Map([
  ["lundi", 1],
  ["lun", 1],
  ["mardi", 2],
  ["mar", 2],
  ["mercredi", 3],
  ["mer", 3],
  ["jeudi", 4],
  ["jeu", 4],
  ["vendredi", 5],
  ["ven", 5],
  ["samedi", 6],
  ["sam", 6],
  ["dimanche", 7],
  ["dim", 7]
]);
function monthFromWord(word) {
  return MONTHS.get(word);
}
function weekdayFromWord(word) {
  return WEEKDAYS.get(word);
}

// src/dates/tokenize.ts
var LETTER = new RegExp("\\p{L}", "u");
function isDigit(ch) {
  return ch >= "0" && ch <= "9";
}
function tokenize(text5) {
  const { folded, map: map3 } = foldWithMap(text5);
  const tokens = [];
  const push2 = (kind, start, end) => {
    tokens.push({ kind, text: folded.slice(start, end), start, end, from: map3[start] ?? 0, to: map3[end] ?? text5.length });
  };
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i] ?? "";
    if (ch === " ") {
      i++;
    } else if (isDigit(ch)) {
      let j = i + 1;
      while (j < folded.length && isDigit(folded[j] ?? "")) j++;
      push2("num", i, j);
      i = j;
    } else if (LETTER.test(ch)) {
      let j = i + 1;
      while (j < folded.length && LETTER.test(folded[j] ?? "")) j++;
      push2("word", i, j);
      i = j;
    } else {
      const cp = folded.codePointAt(i) ?? 0;
      const len = cp > 65535 ? 2 : 1;
      push2("punct", i, i + len);
      i += len;
    }
  }
  return tokens;
}

// src/dates/french-dates.ts
var EMPTY_CELLS = /* @__PURE__ */ new Set([
  "",
  "-",
  "--",
  "---",
  "?",
  "...",
  "\u2026",
  "tbc",
  "tbd",
  "nc",
  "n/a",
  "na",
  "x",
  "a venir",
  "a definir",
  "a confirmer",
  "a preciser",
  "date a venir",
  "date a definir",
  "date a confirmer"
]);
function adjacent(a, b) {
  return a !== void 0 && b !== void 0 && a.end === b.start;
}
function isPunct(t, chars) {
  return t !== void 0 && t.kind === "punct" && chars.includes(t.text);
}
function isWord(t, ...words) {
  return t !== void 0 && t.kind === "word" && words.includes(t.text);
}
function isMonthWord(t) {
  return t !== void 0 && t.kind === "word" && monthFromWord(t.text) !== void 0;
}
function widenYear(text5) {
  const n = Number(text5);
  return text5.length <= 2 ? 2e3 + n : n;
}
function isYearToken(t) {
  if (t === void 0 || t.kind !== "num" || t.text.length !== 4) return false;
  const n = Number(t.text);
  return n >= 1900 && n <= 2199;
}
function dayNumberAt(toks, i) {
  const t = toks[i];
  if (t === void 0 || t.kind !== "num" || t.text.length > 2) return void 0;
  const after = toks[i + 1];
  if (adjacent(t, after) && after !== void 0) {
    if (after.kind === "word") {
      if (after.text === "er") return { day: Number(t.text), next: i + 2 };
      return void 0;
    }
    if (after.text === ":" || after.text === "h") return void 0;
  }
  return { day: Number(t.text), next: i + 1 };
}
function numericDateAt(toks, i, mode) {
  const d = toks[i];
  const s1 = toks[i + 1];
  const m = toks[i + 2];
  if (d === void 0 || d.kind !== "num" || d.text.length > 2) return void 0;
  if (!isPunct(s1, "/-.") || !adjacent(d, s1) || s1 === void 0) return void 0;
  if (m === void 0 || m.kind !== "num" || m.text.length > 2 || !adjacent(s1, m)) return void 0;
  const day = Number(d.text);
  const month = Number(m.text);
  if (mode === "heading" && (day < 1 || day > 31 || month < 1 || month > 12)) return void 0;
  const s2 = toks[i + 3];
  const y = toks[i + 4];
  if (s2 !== void 0 && s2.text === s1.text && adjacent(m, s2) && y !== void 0 && y.kind === "num" && (y.text.length === 2 || y.text.length === 4) && adjacent(s2, y) && !adjacent(y, toks[i + 5]) && !isMonthWord(toks[i + 5])) {
    return { part: { day, month, year: widenYear(y.text), first: i, last: i + 4 }, next: i + 5 };
  }
  if (s1.text !== "/") return void 0;
  const after = toks[i + 3];
  if (isMonthWord(after)) return void 0;
  if (adjacent(m, after)) return void 0;
  return { part: { day, month, first: i, last: i + 2 }, next: i + 3 };
}
function partAt(toks, i, mode) {
  let j = i;
  let weekday;
  const w = toks[j];
  if (w !== void 0 && w.kind === "word") {
    weekday = weekdayFromWord(w.text);
    if (weekday === void 0) return void 0;
    j++;
    if (isPunct(toks[j], ".,")) j++;
  }
  const numeric = numericDateAt(toks, j, mode);
  if (numeric !== void 0) {
    if (weekday !== void 0) numeric.part.weekday = weekday;
    numeric.part.first = i;
    return numeric;
  }
  const dayNum = dayNumberAt(toks, j);
  if (dayNum === void 0) return void 0;
  const part = { day: dayNum.day, first: i, last: dayNum.next - 1 };
  if (weekday !== void 0) part.weekday = weekday;
  j = dayNum.next;
  const mt = toks[j];
  const month = mt !== void 0 && mt.kind === "word" ? monthFromWord(mt.text) : void 0;
  if (month === void 0) return { part, next: j };
  part.month = month;
  part.last = j;
  j++;
  if (isPunct(toks[j], ".") && adjacent(mt, toks[j])) {
    part.last = j;
    j++;
  }
  const yt = toks[j];
  if (isYearToken(yt) && yt !== void 0 && !adjacent(yt, toks[j + 1])) {
    part.year = Number(yt.text);
    part.last = j;
    j++;
  } else if (mode === "cell" && yt !== void 0 && yt.kind === "num" && yt.text.length === 2 && (toks[j + 1] === void 0 || toks[j + 1]?.kind === "punct") && !adjacent(yt, toks[j + 1])) {
    part.year = widenYear(yt.text);
    part.last = j;
    j++;
  }
  return { part, next: j };
}
function connectorAt(toks, i) {
  const t = toks[i];
  if (t === void 0) return void 0;
  let res;
  if (t.kind === "punct") {
    if (t.text === "-") res = { kind: "range", next: i + 1 };
    else if (t.text === "&" || t.text === "/" || t.text === "+") res = { kind: "set", next: i + 1 };
    else if (t.text === ",") res = { kind: "list", next: i + 1 };
  } else if (t.kind === "word") {
    if (t.text === "au" || t.text === "a") res = { kind: "range", next: i + 1 };
    else if (t.text === "jusqu" && isPunct(toks[i + 1], "'") && isWord(toks[i + 2], "au")) res = { kind: "range", next: i + 3 };
    else if (t.text === "et") res = { kind: "set", next: i + 1 };
    else if (t.text === "ou") res = { kind: "alternatives", next: i + 1 };
  }
  if (res !== void 0 && isWord(toks[res.next], "le")) res.next++;
  return res;
}
function sequenceAt(toks, i, text5, mode) {
  const first = partAt(toks, i, mode);
  if (first === void 0) return { ok: false, consumed: i + 1 };
  const parts = [first.part];
  const kinds = [];
  let j = first.next;
  for (; ; ) {
    const c = connectorAt(toks, j);
    if (c === void 0) break;
    const p = partAt(toks, c.next, mode);
    if (p === void 0) break;
    parts.push(p.part);
    kinds.push(c.kind);
    j = p.next;
  }
  const consumed = j;
  const fail = { ok: false, consumed: Math.max(consumed, i + 1) };
  const kindSet = new Set(kinds.filter((k) => k !== "list"));
  if (kindSet.size > 1) return fail;
  let kind = "single";
  if (parts.length > 1) kind = [...kindSet][0] ?? "set";
  if (kind === "range" && parts.length !== 2) return fail;
  let month;
  let carry;
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (p === void 0) continue;
    if (p.month === void 0) p.month = month;
    else month = p.month;
    if (p.month === void 0) return fail;
    if (p.year !== void 0) carry = { year: p.year, month: p.month };
    else if (carry !== void 0) {
      p.year = p.month > carry.month ? carry.year - 1 : carry.year;
      carry = { year: p.year, month: p.month };
    }
  }
  const mentions = parts.map((p) => {
    const from = toks[p.first]?.from ?? 0;
    const to = toks[p.last]?.to ?? from;
    const m = { day: p.day, month: p.month ?? 0, text: text5.slice(from, to) };
    if (p.year !== void 0) m.year = p.year;
    if (p.weekday !== void 0) m.weekday = p.weekday;
    return m;
  });
  const lastPart = parts[parts.length - 1];
  return { ok: true, expression: { kind, mentions }, first: i, last: lastPart?.last ?? i };
}
function isLeadingNoise(t) {
  if (t.kind === "punct") return "|:*".includes(t.text);
  return ["date", "dates", "le", "les", "du", "des"].includes(t.text);
}
function trimTrailingNoise(toks, lo) {
  let hi = toks.length - 1;
  while (hi >= lo) {
    const t = toks[hi];
    if (t === void 0) break;
    if (t.kind === "punct" && "|.?!*;,".includes(t.text)) {
      hi--;
    } else if (isWord(t, "tbc", "tbd", "provisoire")) {
      hi--;
    } else if (isWord(t, "confirmer", "definir", "preciser") && isWord(toks[hi - 1], "a")) {
      hi -= 2;
    } else if (isWord(t, "reserve") && isWord(toks[hi - 1], "sous")) {
      hi -= 2;
    } else if (isPunct(t, ")")) {
      let k = hi - 1;
      while (k >= lo && !isPunct(toks[k], "(")) k--;
      if (k < lo) break;
      hi = k - 1;
    } else {
      break;
    }
  }
  return hi;
}
function parseFrenchDate(text5) {
  const norm = normaliseText(text5).replace(/^[|\s]+|[|\s]+$/g, "");
  if (EMPTY_CELLS.has(norm)) return { ok: false, reason: "empty", text: text5 };
  const toks = tokenize(text5);
  let lo = 0;
  while (lo < toks.length) {
    const t = toks[lo];
    if (t === void 0 || !isLeadingNoise(t)) break;
    lo++;
  }
  const hi = trimTrailingNoise(toks, lo);
  if (hi < lo) return { ok: false, reason: "empty", text: text5 };
  const res = sequenceAt(toks, lo, text5, "cell");
  if (!res.ok || res.last < hi) return { ok: false, reason: "unreadable", text: text5 };
  return { ok: true, value: res.expression };
}
function extractDateFromHeading(text5) {
  const toks = tokenize(text5);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t !== void 0 && (t.kind === "num" || t.kind === "word" && weekdayFromWord(t.text) !== void 0)) {
      const res = sequenceAt(toks, i, text5, "heading");
      if (res.ok) {
        const start = toks[res.first]?.from ?? 0;
        const end = toks[res.last]?.to ?? start;
        return { dateText: text5.slice(start, end), start, end, expression: res.expression };
      }
      i = res.consumed;
    } else {
      i++;
    }
  }
  return void 0;
}

// src/dates/french-hours.ts
var NO_HOURS = /* @__PURE__ */ new Set([
  "",
  "-",
  "--",
  "?",
  "...",
  "\u2026",
  "tbc",
  "tbd",
  "nc",
  "n/a",
  "a venir",
  "a definir",
  "a confirmer",
  "a preciser",
  "journee",
  "toute la journee",
  "la journee",
  "journee entiere"
]);
var FIELD_NAMES = /* @__PURE__ */ new Set(["horaire", "horaires", "heure", "heures"]);
var isDigit2 = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isLetter = (ch) => ch !== void 0 && new RegExp("\\p{L}", "u").test(ch);
var skipSpaces = (s, i) => {
  while (s[i] === " ") i++;
  return i;
};
function findTimes(s) {
  const times = [];
  let i = 0;
  while (i < s.length) {
    if (!isDigit2(s[i]) || isDigit2(s[i - 1]) || isLetter(s[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit2(s[j])) j++;
    const hour = s.slice(i, j);
    const k = skipSpaces(s, j);
    if (s[k] === "h" && !isLetter(s[k + 1])) {
      let m = skipSpaces(s, k + 1);
      let minute;
      if (isDigit2(s[m])) {
        const ms = m;
        while (isDigit2(s[m])) m++;
        minute = s.slice(ms, m);
      }
      const end = minute === void 0 ? k + 1 : m;
      times.push({ hour, minute, start: i, end });
      i = end;
    } else if (s[j] === ":" && isDigit2(s[j + 1])) {
      let m = j + 1;
      while (isDigit2(s[m])) m++;
      times.push({ hour, minute: s.slice(j + 1, m), start: i, end: m });
      i = m;
    } else {
      i = j;
    }
  }
  return times;
}
function splitSegments(s, times) {
  const segments = [];
  let segStart = 0;
  let t = 0;
  let current = [];
  let afterTime = false;
  const close = (end, next) => {
    segments.push({ start: segStart, end, times: current });
    current = [];
    segStart = next;
  };
  let i = 0;
  while (i < s.length) {
    const tok = times[t];
    if (tok !== void 0 && tok.start === i) {
      current.push(tok);
      afterTime = true;
      i = tok.end;
      t++;
      continue;
    }
    const ch = s[i];
    if (ch === "," || ch === ";") {
      close(i, i + 1);
    } else if (ch === " " && afterTime) {
      const word = s.startsWith(" et ", i) ? 4 : s.startsWith(" puis ", i) ? 6 : 0;
      const next = times[t];
      if (word > 0 && next !== void 0 && skipSpaces(s, i + word) === next.start) {
        close(i, i + word);
        i += word;
        continue;
      }
    }
    if (ch !== " ") afterTime = false;
    i++;
  }
  close(s.length, s.length);
  return segments;
}
function originalSlice(text5, map3, start, end) {
  return text5.slice(map3[start] ?? 0, map3[end] ?? text5.length).trim();
}
function readSegment(s, text5, map3, seg) {
  const { times } = seg;
  const first = times[0];
  const last = times[times.length - 1];
  if (first === void 0 || last === void 0) {
    const rest = s.slice(seg.start, seg.end).trim();
    return { ok: false, empty: rest === "" || NO_HOURS.has(rest) };
  }
  if (times.length > 2) return { ok: false, empty: false };
  const slot = { start: { hour: 0, minute: 0 } };
  let prefix = s.slice(seg.start, first.start).trim();
  for (const word of ["a partir de", "des", "de"]) {
    if (prefix === word) prefix = "";
    else if (prefix.endsWith(` ${word}`)) prefix = prefix.slice(0, -word.length - 1).trim();
  }
  if (prefix !== "") {
    if (!prefix.endsWith(":")) return { ok: false, empty: false };
    const labelFolded = prefix.slice(0, -1).trim();
    if (labelFolded !== "" && !FIELD_NAMES.has(labelFolded)) {
      const colon = s.lastIndexOf(":", first.start);
      slot.label = originalSlice(text5, map3, seg.start, colon);
    }
  }
  const second = times[1];
  if (second !== void 0) {
    const between = s.slice(first.end, second.start).trim();
    if (!["-", "--", "a", "jusqu'a", "au", ">", "->"].includes(between)) return { ok: false, empty: false };
  }
  const suffixStart = skipSpaces(s, last.end);
  let suffix2 = s.slice(suffixStart, seg.end).trim();
  if (suffix2.startsWith("(") && suffix2.endsWith(")")) suffix2 = "";
  if (suffix2 === "tbc" || suffix2 === "|") suffix2 = "";
  if (suffix2 !== "") {
    const m = /^pour (les |le |la |l')?/.exec(suffix2);
    if (m === null) return { ok: false, empty: false };
    if (slot.label !== void 0) return { ok: false, empty: false };
    const label = originalSlice(text5, map3, suffixStart + m[0].length, seg.end);
    if (label === "") return { ok: false, empty: false };
    slot.label = label;
  }
  return { ok: true, slot, tokens: times };
}
function toTime(tok) {
  const hour = Number(tok.hour);
  const minute = tok.minute === void 0 ? 0 : Number(tok.minute);
  if (tok.hour.length > 2 || tok.minute !== void 0 && tok.minute.length > 2) return void 0;
  if (hour > 23 || minute > 59) return void 0;
  return { hour, minute };
}
function parseFrenchHours(text5) {
  const norm = normaliseText(text5).replace(/^[|\s]+|[|\s]+$/g, "");
  if (NO_HOURS.has(norm)) return { ok: true, slots: [] };
  const { folded, map: map3 } = foldWithMap(text5);
  const times = findTimes(folded);
  if (times.length === 0) return { ok: true, slots: [] };
  const readings = [];
  for (const seg of splitSegments(folded, times)) {
    const r = readSegment(folded, text5, map3, seg);
    if (r.ok) readings.push(r);
    else if (!r.empty) {
      return { ok: false, reason: "unreadable", text: text5, detail: originalSlice(text5, map3, seg.start, seg.end) };
    }
  }
  for (const { tokens } of readings) {
    for (const tok of tokens) {
      if (toTime(tok) === void 0) {
        return { ok: false, reason: "invalid-hour", text: text5, detail: originalSlice(text5, map3, tok.start, tok.end) };
      }
    }
  }
  const slots = [];
  for (const { slot, tokens } of readings) {
    const [a, b] = tokens;
    const start = a === void 0 ? void 0 : toTime(a);
    const end = b === void 0 ? void 0 : toTime(b);
    if (start === void 0) continue;
    slot.start = start;
    if (end !== void 0 && a !== void 0 && b !== void 0) {
      if (end.hour * 60 + end.minute < start.hour * 60 + start.minute) {
        return { ok: false, reason: "end-before-start", text: text5, detail: originalSlice(text5, map3, a.start, b.end) };
      }
      slot.end = end;
    }
    slots.push(slot);
  }
  return { ok: true, slots };
}

// src/programme/walk-nodes.ts
function* walkNodes(root2) {
  const stack = [root2];
  while (stack.length > 0) {
    const node2 = stack.pop();
    yield node2;
    if ("children" in node2) {
      for (let i = node2.children.length - 1; i >= 0; i--) stack.push(node2.children[i]);
    }
  }
}

// src/programme/plain-text.ts
function plainText(node2) {
  if ("children" in node2 && node2.children.length === 1 && node2.children[0].type === "text") {
    return node2.children[0].value.replace(/\s+/g, " ").trim();
  }
  const parts = [];
  for (const inner of walkNodes(node2)) {
    switch (inner.type) {
      case "text":
      case "inlineCode":
        parts.push(inner.value);
        break;
      case "html":
        if (/^<br\s*\/?>$/i.test(inner.value.trim())) parts.push(" ");
        break;
      case "break":
        parts.push(" ");
        break;
      case "image":
        parts.push(inner.alt ?? "");
        break;
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
function isStruckThrough(node2) {
  if (!("children" in node2)) return false;
  const visible = node2.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  if (visible.length === 0) return false;
  return visible.every((child) => child.type === "delete" || child.type === "paragraph" && isStruckThrough(child));
}

// src/rules/row-cell-count.ts
var rule19 = defineRule({
  id: "row-cell-count",
  severity: "warning",
  description: "A table row with more cells than the header, or with a cell left out so that values sit under the wrong column.",
  check(context) {
    const table = scheduleTable(context);
    const columns = context.programme.table?.columns;
    if (!table || !columns) return;
    const [header, ...rows] = table.children;
    if (!header) return;
    const width = header.children.length;
    for (const session of context.programme.sessions) {
      const row = rows[session.rowIndex];
      if (!row) continue;
      const cells = row.children;
      const where = () => context.say("row-label", { title: session.title.text, line: row.position.start.line });
      if (cells.length > width) {
        const extra = cells.slice(width).filter((cell) => plainText(cell) !== "");
        if (extra.length === 0) continue;
        const position2 = { start: extra[0].position.start, end: extra.at(-1).position.end };
        const text5 = extra.map((cell) => plainText(cell)).join(" | ");
        context.report("row-cell-count-extra", { where: where(), cells: cells.length, header: width, extra: text5 }, position2, { actual: text5 });
      } else if (cells.length < width && looksShifted(session.cells.map((cell) => cell.text), columns)) {
        const missing = columns.slice(cells.length);
        const names = missing.map((column) => column.header).join(", ");
        context.report("row-cell-count-missing", { where: where(), cells: cells.length, header: width, columns: names }, row.position);
      }
    }
  }
});
function scheduleTable(context) {
  const offset = context.programme.table?.position.start.offset;
  if (offset === void 0) return void 0;
  let node2 = context.tree;
  while (node2) {
    if (node2.type === "table" && node2.position?.start.offset === offset) return node2;
    if (!("children" in node2)) return void 0;
    node2 = node2.children.find((child) => spans(child, offset));
  }
  return void 0;
}
function spans(node2, offset) {
  const start = node2.position?.start.offset;
  const end = node2.position?.end.offset;
  return start !== void 0 && end !== void 0 && start <= offset && offset < end;
}
function looksShifted(texts, columns) {
  return columns.some((column) => {
    const text5 = texts[column.index];
    if (!text5) return false;
    if (column.role === "dates") {
      const parsed = parseFrenchDate(text5);
      return !parsed.ok && parsed.reason === "unreadable";
    }
    if (column.role === "hours") return !parseFrenchHours(text5).ok;
    return false;
  });
}

// src/rules/swapped-columns.ts
var rule20 = defineRule({
  id: "swapped-columns",
  severity: "warning",
  description: "Hours in the place column and a place in the hours column; read the way a person would."
});

// src/rules/undecided-date.ts
var rule21 = defineRule({
  id: "undecided-date",
  severity: "warning",
  description: "A date that gives a choice, such as 7 ou 14 novembre: the calendar shows every option as tentative.",
  check(context) {
    for (const session of context.programme.sessions) {
      if (!session.dates.value?.alternatives || session.status === "cancelled") continue;
      context.report("undecided-date", { text: session.dates.text, where: rowWhere(context, session) }, session.dates.position, {
        actual: session.dates.text
      });
    }
  }
});

// src/rules/unreadable-date.ts
var rule22 = defineRule({
  id: "unreadable-date",
  severity: "error",
  description: "A dates cell that cannot be read as a French date."
});

// src/rules/unreadable-hours.ts
var rule23 = defineRule({
  id: "unreadable-hours",
  severity: "error",
  description: "An hours cell that cannot be read as hours."
});

// src/rules/weekday-mismatch.ts
var rule24 = defineRule({
  id: "weekday-mismatch",
  severity: "error",
  description: "A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday).",
  check(context) {
    for (const session of context.programme.sessions) checkDates(context, session.dates, rowWhere(context, session));
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, context.say("section-label", { heading: section.heading.text }));
    }
  }
});
function checkDates(context, dates, where) {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === void 0) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    const actual = isoWeekday(date);
    if (actual === mention.weekday) continue;
    context.report(
      "weekday-mismatch",
      {
        text: mention.text,
        where,
        date: longDate(context, date),
        actual: context.say("weekday-name", { weekday: actual }),
        written: context.say("weekday-name", { weekday: mention.weekday })
      },
      context.source.find(dates.position, mention.text),
      { actual: mention.text }
    );
  }
}

// src/rules/other-checks.ts
var declare = (id, severity, description) => defineRule({ id, severity, description });
var otherChecks = [
  declare("binary-file", "error", "A file that is not text: it is not read."),
  declare("invalid-utf8", "warning", "A file that is not valid UTF-8 from some point on."),
  declare("too-deeply-nested", "error", "A document nested too deeply to be read."),
  declare("link-target-missing", "error", "A link to a file of the repository that does not exist."),
  declare("link-anchor-missing", "error", "A link to a heading that does not exist."),
  declare("link-own-url-missing", "error", "A full link to this repository whose file is not in the last commit."),
  declare("link-outside-repository", "error", "A link that leads outside the repository."),
  declare("archive-not-linked", "warning", "A past programme in the archives that the programme does not link to."),
  declare("calendar-link-no-repository", "warning", "The calendar link cannot be written: the repository is not known."),
  declare("managed-block-missing", "info", "A block the tool keeps up to date is not in the programme yet."),
  declare("managed-block-stale", "warning", "A block the tool keeps up to date is out of date."),
  declare("managed-block-unpaired", "warning", "A managed block whose start or end marker is missing.")
];

// src/rules/index.ts
var rules = [
  // Found by the reader while it reads the document.
  rule14,
  rule8,
  rule22,
  rule12,
  rule,
  rule9,
  rule18,
  rule17,
  rule13,
  rule23,
  rule10,
  rule7,
  rule20,
  // Checked on what was read.
  rule11,
  rule19,
  rule24,
  rule15,
  rule6,
  rule16,
  rule21,
  rule5,
  rule2,
  rule3,
  rule4
];
function findRule(id) {
  return rules.find((rule25) => rule25.id === id) ?? otherChecks.find((rule25) => rule25.id === id);
}

// src/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/config/rule-settings.ts
function validateRuleSetting(where, id, value, language) {
  if (!findRule(id)) throw new UsageError(say(language, "config-unknown-rule", { where, key: id }));
  if (value !== "off" && !isSeverity(value)) {
    throw new UsageError(say(language, "config-bad-severity", { where, key: id, value: JSON.stringify(value) ?? String(value) }));
  }
  return value;
}
function applyRuleSettings(diagnostics, settings) {
  if (!settings) return diagnostics;
  const out = [];
  for (const diagnostic of diagnostics) {
    const setting = Object.hasOwn(settings, diagnostic.rule) ? settings[diagnostic.rule] : void 0;
    if (setting === "off") continue;
    out.push(setting ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return out;
}

// src/programme/once-per-tree.ts
function oncePerTree(read) {
  const results = /* @__PURE__ */ new WeakMap();
  return (tree) => {
    let result = results.get(tree);
    if (!result) {
      result = { value: read(tree) };
      results.set(tree, result);
    }
    return result.value;
  };
}

// src/rules/ignore-comments.ts
var DIRECTIVE = /<!--\s*programme-sync\s+ignore\b([\s\S]*?)-->/g;
var BLOCK_PARENTS = /* @__PURE__ */ new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
function rulesNamed(words) {
  const ids = words.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? "all" : ids;
}
function directivesIn(value) {
  return [...value.matchAll(DIRECTIVE)].map((match) => rulesNamed(match[1] ?? ""));
}
var findIgnoreDirectives = oncePerTree(readIgnoreDirectives);
function readIgnoreDirectives(tree) {
  const found = [];
  const parents = [tree];
  while (parents.length > 0) {
    const parent = parents.pop();
    if (!("children" in parent)) continue;
    const children = parent.children;
    children.forEach((node2, index2) => {
      if (node2.type === "html" && node2.position) {
        const named = directivesIn(node2.value);
        if (named.length > 0) {
          const block = BLOCK_PARENTS.has(parent.type);
          const span = block ? nextBlock(children, index2)?.position : node2.position;
          if (span) for (const rules2 of named) found.push({ rules: rules2, fromLine: span.start.line, toLine: span.end.line });
        }
      }
      if ("children" in node2) parents.push(node2);
    });
  }
  return found.sort((a, b) => a.fromLine - b.fromLine);
}
function nextBlock(siblings, index2) {
  for (let i = index2 + 1; i < siblings.length; i++) {
    const node2 = siblings[i];
    if (node2.type === "html" && directivesIn(node2.value).length > 0) continue;
    return node2;
  }
  return void 0;
}
function applyIgnoreDirectives(diagnostics, directives) {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter(
    (d) => !directives.some(
      (directive) => d.line >= directive.fromLine && d.line <= directive.toLine && (directive.rules === "all" || directive.rules.includes(d.rule))
    )
  );
}

// src/rules/settle-diagnostics.ts
function settleDiagnostics(diagnostics, read, rules2) {
  const documented = diagnostics.map((d) => d.url ? d : { ...d, ...urlOf(d.rule) });
  return applyRuleSettings(applyIgnoreDirectives(documented, findIgnoreDirectives(read.tree)), rules2).sort(compareDiagnostics);
}
function urlOf(rule25) {
  const known = findRule(rule25);
  return known ? { url: known.url } : {};
}

// src/links/archives.ts
var import_node_path7 = require("node:path");
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/links/link-path.ts
var import_node_path6 = require("node:path");
function linkFromFolder(folder, target) {
  const relative7 = import_node_path6.posix.relative(folder, target) || ".";
  return relative7.replace(/[ ()<>#?%\\\t]/g, (character) => "%" + character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
function folderOf(path2) {
  const dir = import_node_path6.posix.dirname(path2);
  return dir === "." ? "" : dir;
}

// src/links/archives.ts
var defaultArchivesGlob = "archives/*/{name}*.{md,markdown,org}";
function literalFolders(glob) {
  const folders = [];
  const segments = glob.replace(/^\.\//, "").split("/");
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{!+@()\\]/.test(segment)) break;
    folders.push(segment);
  }
  return folders;
}
function findArchivedProgrammes(programmePath, files, glob = defaultArchivesGlob) {
  const folder = folderOf(programmePath);
  const stem2 = import_node_path7.posix.basename(programmePath).replace(/\.[^.]*$/, "");
  const fixed = literalFolders(glob).map((segment) => segment + "/").join("");
  let matches;
  const found = [];
  for (const path2 of files) {
    if (path2 === programmePath) continue;
    const fromFolder = folder === "" ? path2 : path2.startsWith(folder + "/") ? path2.slice(folder.length + 1) : void 0;
    if (fromFolder === void 0 || !fromFolder.startsWith(fixed)) continue;
    matches ??= (0, import_picomatch.default)(glob.split("{name}").join(escapeGlob(stem2)), { dot: false });
    if (!matches(fromFolder)) continue;
    const year = yearOf(fromFolder);
    found.push(year === void 0 ? { path: path2 } : { path: path2, year });
  }
  return found.sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isArchivedProgramme(path2, glob = defaultArchivesGlob) {
  const segments = path2.split("/");
  const fixed = literalFolders(glob);
  if (fixed.length > 0 && !segments.slice(0, -1).includes(fixed[0])) return false;
  const matches = (0, import_picomatch.default)(glob.split("{name}").join("*"), { dot: false });
  for (let depth = 0; depth < segments.length - 1; depth++) {
    if (matches(segments.slice(depth).join("/"))) return true;
  }
  return false;
}
function renderArchivesBlock(programmePath, archives, language) {
  if (archives.length === 0) return [say(language, "archives-block-empty", {})];
  const folder = folderOf(programmePath);
  return archives.map((archive) => {
    const label = say(language, "archives-block-item", { name: import_node_path7.posix.basename(archive.path), ...archive.year === void 0 ? {} : { year: archive.year } });
    return `- [${escapeLinkText(label)}](${linkFromFolder(folder, archive.path)})`;
  });
}
function yearOf(path2) {
  const segments = path2.split("/");
  for (const segment of segments.slice(0, -1)) if (/^(19|20)\d{2}$/.test(segment)) return Number(segment);
  const inName = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(segments.at(-1) ?? "");
  return inName ? Number(inName[1]) : void 0;
}
function escapeGlob(text5) {
  return text5.replace(/[\\*?[\]{}()!+@|^$]/g, "\\$&");
}
function escapeLinkText(text5) {
  return text5.replace(/[\\[\]]/g, "\\$&");
}

// src/links/check-links.ts
var import_node_path14 = require("node:path");

// src/diagnostics/language.ts
var languages = ["en", "fr"];
function isLanguage(value) {
  return value === "en" || value === "fr";
}

// src/links/calendar-links.ts
var import_node_path8 = require("node:path");
function calendarPathOf(programmePath, calendarFolder) {
  const stem2 = import_node_path8.posix.basename(programmePath).replace(/\.[^.]*$/, "");
  return import_node_path8.posix.join(calendarFolder ?? folderOf(programmePath), `${stem2}.ics`);
}
function calendarUrls(calendarPath2, publishing) {
  const encodedPath = calendarPath2.split("/").map(encodeURIComponent).join("/");
  let https;
  if (publishing.baseUrl !== void 0) {
    https = `${publishing.baseUrl.replace(/\/+$/, "")}/${encodedPath}`;
  } else if (publishing.identity !== void 0) {
    const { owner, name } = publishing.identity;
    https = `https://raw.githubusercontent.com/${owner}/${name}/${publishing.branch.split("/").map(encodeURIComponent).join("/")}/${encodedPath}`;
  } else {
    return void 0;
  }
  return { https, webcal: https.replace(/^https?:\/\//, "webcal://") };
}
function renderCalendarBlock(urls, language) {
  return [
    `- ${say(language, "calendar-block-subscribe", {})} [${urls.webcal}](${urls.webcal})`,
    `- ${say(language, "calendar-block-download", {})} [${urls.https}](${urls.https})`
  ];
}

// src/links/block-contents.ts
function renderBlockContents(programmePath, repo, language, calendarFolder) {
  const archives = findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const contents = { archives: renderArchivesBlock(programmePath, archives, language) };
  const urls = calendarUrls(calendarPathOf(programmePath, calendarFolder), repo.publishing);
  if (urls) contents.calendar = renderCalendarBlock(urls, language);
  return contents;
}

// src/links/classify-destination.ts
var schemePattern = /^[a-z][a-z0-9+.-]*:/i;
function classifyDestination(url) {
  if (schemePattern.test(url) || url.startsWith("//")) return { kind: "absolute", url };
  const hash = url.indexOf("#");
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? void 0 : decodeOrUndefined(url.slice(hash + 1));
  if (hash >= 0 && fragment === void 0) return { kind: "unreadable" };
  const query = beforeHash.indexOf("?");
  const rawPath = query < 0 ? beforeHash : beforeHash.slice(0, query);
  if (rawPath === "") return fragment === void 0 ? { kind: "unreadable" } : { kind: "same-document", fragment };
  const path2 = decodeOrUndefined(rawPath);
  if (path2 === void 0) return { kind: "unreadable" };
  const destination = { kind: "relative", path: path2, fromRoot: path2.startsWith("/") };
  if (fragment !== void 0) destination.fragment = fragment;
  return destination;
}
function decodeOrUndefined(text5) {
  try {
    return decodeURIComponent(text5);
  } catch {
    return void 0;
  }
}

// src/links/closest-path.ts
function closestPath(wanted, candidates2) {
  const all2 = [...candidates2];
  const name = wanted.slice(wanted.lastIndexOf("/") + 1);
  const moved = all2.filter((candidate) => candidate.slice(candidate.lastIndexOf("/") + 1) === name);
  return closestString(wanted, moved.length > 0 ? moved : all2, moved.length > 0 ? Number.POSITIVE_INFINITY : void 0);
}
function closestString(wanted, candidates2, limit = Math.max(3, Math.floor(wanted.length / 2))) {
  let best;
  let bestDistance = limit + 1;
  for (const candidate of [...candidates2].sort()) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b, ceiling = Number.POSITIVE_INFINITY) {
  let previous3 = Array.from({ length: b.length + 1 }, (_, index2) => index2);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous3[j] + 1, current[j - 1] + 1, previous3[j - 1] + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= ceiling) return rowMinimum;
    previous3 = current;
  }
  return previous3[b.length];
}

// src/links/collect-links.ts
var collectLinks = oncePerTree(findLinks);
function findLinks(tree) {
  const found = [];
  for (const node2 of walkNodes(tree)) {
    if (node2.type !== "link" && node2.type !== "image" && node2.type !== "definition") continue;
    const withUrl = node2;
    if (!withUrl.position) continue;
    found.push({ kind: node2.type, url: withUrl.url, position: withUrl.position });
  }
  return found;
}

// src/links/heading-slugs.ts
var htmlAnchorPattern = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
function headingSlugs(tree) {
  const slugger = new BananaSlug();
  const anchors = /* @__PURE__ */ new Set();
  for (const node2 of walkNodes(tree)) {
    if (node2.type === "heading") anchors.add(slugger.slug(toString(node2)));
    else if (node2.type === "html") {
      for (const match of node2.value.matchAll(htmlAnchorPattern)) anchors.add((match[1] ?? match[2] ?? "").toLowerCase());
    }
  }
  return anchors;
}
function hasAnchor(anchors, fragment) {
  const wanted = fragment.toLowerCase().replace(/^user-content-/, "");
  return wanted === "" || wanted === "top" || anchors.has(wanted);
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/devlop/lib/default.js
function ok2() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code3) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code3 !== null && (code3 < 32 || code3 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code3) {
  return code3 !== null && code3 < -2;
}
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
function markdownSpace(code3) {
  return code3 === -2 || code3 === -1 || code3 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex2) {
  return check2;
  function check2(code3) {
    return code3 !== null && code3 > -1 && regex2.test(String.fromCharCode(code3));
  }
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value = replace2(...match, matchObject);
      if (typeof value === "string") {
        value = value.length > 0 ? { type: "text", value } : void 0;
      }
      if (value === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value)) {
          for (const child of value) add(child);
        } else if (value) {
          add(value);
        }
        start = position2 + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code3 = url.charCodeAt(index2 - 1);
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 62 || code3 === 63 || code3 === 93 || code3 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match) {
  const code3 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code3) || unicodePunctuation(code3);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value) {
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value })
  );
  subexit();
  exit3();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _, state, info) {
    const tracker = state.createTracker(info);
    let value = tracker.move("[^");
    const exit3 = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value += tracker.move(
      state.safe(state.associationId(node2), { before: value, after: "]" })
    );
    subexit();
    value += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit3();
    return value;
  }
}
function mapExceptFirst(line, index2, blank) {
  return index2 === 0 ? line : mapAll(line, index2, blank);
}
function mapAll(line, index2, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit3();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code3 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code3;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code3 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code3 === 99) {
      before = ":";
      after = ":";
    } else if (code3 === 108) {
      before = ":";
    } else if (code3 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code3 = alignments[columnIndex];
        if (code3 === 114) {
          before = " ".repeat(size);
        } else if (code3 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code3 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code3 === 67 || code3 === 99 ? 99 : code3 === 76 || code3 === 108 ? 108 : code3 === 82 || code3 === 114 ? 114 : 0;
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
function blockquote(node2, _, state, info) {
  const exit3 = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map
  );
  exit3();
  return value;
}
function map(line, _, blank) {
  return ">" + (blank ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list3, none) {
  if (typeof list3 === "string") {
    list3 = [list3];
  }
  if (!list3 || list3.length === 0) {
    return none;
  }
  let index2 = -1;
  while (++index2 < list3.length) {
    if (stack.includes(list3[index2])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_, _1, state, info) {
  let index2 = -1;
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/longest-streak/index.js
function longestStreak(value, substring) {
  const source = String(value);
  let index2 = source.indexOf(substring);
  let expected = index2;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index2 !== -1) {
    if (index2 === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index2 + substring.length;
    index2 = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit4 = state.enter("codeIndented");
    const value2 = state.indentLines(raw, map2);
    exit4();
    return value2;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit3 = state.enter("codeFenced");
  const suffix2 = marker === "`" ? "GraveAccent" : "Tilde";
  let value = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix2}`);
    value += tracker.move(
      state.safe(node2.lang, {
        before: value,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix2}`);
    value += tracker.move(" ");
    value += tracker.move(
      state.safe(node2.meta, {
        before: value,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value += tracker.move("\n");
  if (raw) {
    value += tracker.move(raw + "\n");
  }
  value += tracker.move(sequence);
  exit3();
  return value;
}
function map2(line, _, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix2 = quote === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  value += tracker.move(
    state.safe(state.associationId(node2), {
      before: value,
      after: "]",
      ...tracker.current()
    })
  );
  value += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix2}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
function firstCharacter(value) {
  const code3 = value.codePointAt(0);
  return code3 === void 0 ? "" : String.fromCodePoint(code3);
}
function lastCharacter(value) {
  const code3 = value.codePointAt(value.length - 2);
  return code3 !== void 0 && code3 > 65535 ? value.slice(-2) : value.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
function encodeCharacterReference(code3) {
  return "&#x" + code3.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value) {
  if (value.charCodeAt(0) !== 60) return;
  const next = value.charCodeAt(1);
  if (next === 33) {
    const code4 = value.charCodeAt(2);
    if (code4 === 45) return 2;
    if (code4 === 91) return 5;
    if (asciiAlpha(code4)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code3 = value.charCodeAt(end);
  if (!asciiAlpha(code3)) return;
  while (code3 === 45 || asciiAlphanumeric(code3)) {
    code3 = value.charCodeAt(++end);
  }
  const name = value.slice(start, end).toLowerCase();
  if (!closing && code3 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index2 = 0;
  while (index2 < tokens.length) {
    if (!tokens[index2].attention) {
      index2++;
      continue;
    }
    const marker = tokens[index2].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index2 + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index2 ? tokens[index2 - 1].value : before;
    const previous3 = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open2 = !next || next === 2 && Boolean(previous3);
    const close = !previous3 || previous3 === 2 && Boolean(next);
    const run = {
      tokens: tokens.slice(index2, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open2 && (Boolean(previous3) || !close) : open2,
      close: strict ? close && (Boolean(next) || !open2) : close,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index2 = end;
  }
  pair(runs, wrong);
  index2 = -1;
  while (++index2 < tokens.length) {
    const involved = wrong.get(tokens[index2]);
    if (involved) return { attention: candidates(tokens, involved, runOf), index: index2 };
  }
}
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value.charCodeAt(value.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value += "\\";
    token.value = value + reference;
  }
}
function improve(items, chosen, mistake, before, after) {
  for (const attention4 of mistake.attention) {
    const current = chosen.get(attention4) || attention4.sequences[0];
    for (const sequence of attention4.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention4, sequence);
      const tokens = render2(items, trial, before, after);
      const next = check(tokens, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open2 = closer.close ? openers.length : 0;
    while (open2-- && closer.start < closer.end) {
      const opener = openers[open2];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener.markers.slice(opener.end - size, opener.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list3 = wrong.get(token);
          if (list3) list3.push(...involved);
        }
      }
      opener.end -= size;
      closer.start += size;
      if (opener.start === opener.end) openers.splice(open2, 1);
      open2 = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers, sizes) {
  if (markers.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index2 = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index2 < children.length) {
    const child = children[index2];
    let after;
    indexStack[indexStack.length - 1] = index2;
    if (index2 + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index2 + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index2 + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous3 = results[results.length - 1];
    if (typeof previous3 === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous3.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value) continue;
      tracker.move(value);
      results.push(value);
      before = lastCharacter(value);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention4, state, tracker) {
  const { construct, markers, sizes } = attention4(node2, state);
  const sequences = attentionSequences(node2.type, markers, sizes);
  const sequence = sequences[0];
  const exit3 = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit3();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items, chosen, before, after) {
  let tokens = render2(items, chosen, before, after);
  let mistake = check(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }
  return tokens;
}
function guess(items, chosen, before, after) {
  let previous3 = before;
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      previous3 = "";
      continue;
    }
    const next = index2 === items.length - 1 ? after : "";
    const sequence = item.sequences.find(function(value) {
      const marker = value.charAt(0);
      return marker !== previous3.charAt(0) && marker !== next.charAt(0) || items.length === 1 && builtins.has(marker) && value.length > before.length;
    }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous3 = sequence;
  }
}
function render2(items, chosen, before, after) {
  const tokens = [];
  let encodeAfter;
  let previous3 = lastCharacter(before);
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      const token = { value: item, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens.push(token);
      if (token.value) previous3 = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index2 + 1];
    const outsideBefore = previous3;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside = render2(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open2 = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open2.inside) encode(inside, true);
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close.inside) encode(inside, false);
    if (open2.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens, false);
    }
    if (close.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item
    });
    previous3 = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}
function serialize2(items, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items, guessed, before, after);
  const tokens = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render2(items, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention, state, state.createTracker(info));
  const value = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value;
}
function attention(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit4 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit4();
    return value2 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value2.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value2.lastIndexOf("\r"), value2.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit3 = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value.charCodeAt(0);
  if (head === 9 || head === 32) {
    value = encodeCharacterReference(head) + value.slice(1);
  }
  value = value ? sequence + " " + value : sequence;
  if (state.options.closeAtx) {
    value += " " + sequence;
  }
  subexit();
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
image.peek = imagePeek;
function image(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix2 = quote === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  value += tracker.move(
    state.safe(node2.alt, { before: value, after: "]", ...tracker.current() })
  );
  value += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix2}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  value += tracker.move(")");
  exit3();
  return value;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
imageReference.peek = imageReferencePeek;
function imageReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !alt || alt !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _, state) {
  let value = node2.value || "";
  let sequence = "`";
  let index2 = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value) && (/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value) || /^`|`$/.test(value))) {
    value = " " + value + " ";
  }
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match;
    while (match = expression.exec(value)) {
      let position2 = match.index;
      if (value.charCodeAt(position2) === 10 && value.charCodeAt(position2 - 1) === 13) {
        position2--;
      }
      value = value.slice(0, position2) + " " + value.slice(match.index + 1);
    }
  }
  return sequence + value + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix2 = quote === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d) {
      return d !== "phrasing";
    });
    const exit4 = state.enter("autolink");
    let value2 = tracker.move("<");
    value2 += tracker.move(
      state.containerPhrasing(node2, {
        before: value2,
        after: ">",
        ...tracker.current()
      })
    );
    value2 += tracker.move(">");
    exit4();
    state.stack = stack;
    return value2;
  }
  const exit3 = state.enter("link");
  let subexit = state.enter("label");
  let value = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value,
    after: "](",
    ...tracker.current()
  });
  value += tracker.move(text5);
  subexit();
  value += tracker.move("](");
  const enclose = /[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index2 = 0;
    while (index2 < text5.length && text5.charCodeAt(index2) !== 93) {
      index2 += text5.charCodeAt(index2) === 92 ? 2 : 1;
    }
    if (text5.charCodeAt(index2 + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix2}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  value += tracker.move(")");
  exit3();
  return value;
}
function linkPeek(node2, _, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
linkReference.peek = linkReferencePeek;
function linkReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(text5 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !text5 || text5 !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list(node2, parent, state, info) {
  const exit3 = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index2 = -1;
      while (++index2 < node2.children.length) {
        const item = node2.children[index2];
        if (item && item.type === "listItem" && item.children && item.children[0] && item.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit3 = state.enter("listItem");
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map3
  );
  exit3();
  return value;
  function map3(line, index2, blank) {
    if (index2) {
      return (blank ? "" : " ".repeat(size)) + line;
    }
    return (blank ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
function paragraph(node2, _, state, info) {
  const exit3 = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  subexit();
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
function root(node2, _, state, info) {
  const hasPhrasing = node2.children.some(function(d) {
    return phrasing(d);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit3 = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention2, state, state.createTracker(info));
  const value = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value;
}
function attention2(_, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index2 = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index2 + 1],
    beforeNode: siblings[index2 - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_, _1, state) {
  const value = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value.slice(0, -1) : value;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own2.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code3 = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code3 < 9 || code3 === 11 || code3 > 13 && code3 < 32 || // Control character (DEL) of C0, and C1 controls.
    code3 > 126 && code3 < 160 || // Lone high surrogates and low surrogates.
    code3 > 55295 && code3 < 57344 || // Noncharacters.
    code3 > 64975 && code3 < 65008 || /* eslint-disable no-bitwise */
    (code3 & 65535) === 65535 || (code3 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code3 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code3);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok2(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value = this.resume();
  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "inlineCode");
  node2.value = value;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index2 = -1;
      if (!columns) {
        while (++index2 < matrix.length) {
          if (matrix[index2].length > columns) columns = matrix[index2].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData(matrix, node2.align);
  }
  function handleTableRow(node2, _, state, info) {
    const row = handleTableRowAsData(node2, state, info);
    const value = serializeData([row]);
    return value.slice(0, value.indexOf("\n"));
  }
  function handleTableCell(node2, _, state, info) {
    const exit3 = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit3();
    return value;
  }
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index2 < children.length) {
      result[index2] = handleTableRowAsData(children[index2], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index2 < children.length) {
      result[index2] = handleTableCell(children[index2], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value;
    const result = [];
    let start = 0;
    let index2 = value.indexOf("|");
    while (index2 !== -1) {
      let before = index2;
      while (before > start && value.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value.slice(start, index2));
      if ((index2 - before) % 2 === 0) result.push("\\");
      start = index2;
      index2 = value.indexOf("|", index2 + 1);
    }
    result.push(value.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok2(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok2(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph2 = taskListItemParagraph(parent);
  if (paragraph2 && parent.children.indexOf(left) < parent.children.indexOf(paragraph2)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code3;
    if (right) {
      for (code3 in right) {
        if (!hasOwnProperty.call(left, code3)) left[code3] = [];
        const value = right[code3];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code3],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text2 = {};
function gfmAutolinkLiteral() {
  return {
    text: text2
  };
}
var code2 = 48;
while (code2 < 123) {
  text2[code2] = emailAutolink;
  code2++;
  if (code2 === 58) code2 = 65;
  else if (code2 === 91) code2 = 97;
}
text2[43] = emailAutolink;
text2[45] = emailAutolink;
text2[46] = emailAutolink;
text2[95] = emailAutolink;
text2[72] = [emailAutolink, protocolAutolink];
text2[104] = [emailAutolink, protocolAutolink];
text2[87] = [emailAutolink, wwwAutolink];
text2[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code3) {
    if (!gfmAtext(code3) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code3);
  }
  function atext(code3) {
    if (gfmAtext(code3)) {
      effects.consume(code3);
      return atext;
    }
    if (code3 === 64) {
      effects.consume(code3);
      return emailDomain;
    }
    return nok(code3);
  }
  function emailDomain(code3) {
    if (code3 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code3);
    }
    if (code3 === 45 || code3 === 95 || asciiAlphanumeric(code3)) {
      data = true;
      effects.consume(code3);
      return emailDomain;
    }
    return emailDomainAfter(code3);
  }
  function emailDomainDot(code3) {
    effects.consume(code3);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code3) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code3) {
    if (code3 !== 87 && code3 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code3);
  }
  function wwwAfter(code3) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code3) {
    if ((code3 === 72 || code3 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    return nok(code3);
  }
  function protocolPrefixInside(code3) {
    if (asciiAlpha(code3) && buffer.length < 5) {
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    if (code3 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code3);
        return protocolSlashesInside;
      }
    }
    return nok(code3);
  }
  function protocolSlashesInside(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code3);
  }
  function afterProtocol(code3) {
    return code3 === null || asciiControl(code3) || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || unicodePunctuation(code3) ? nok(code3) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code3);
  }
  function protocolAfter(code3) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code3) {
    if ((code3 === 87 || code3 === 119) && size < 3) {
      size++;
      effects.consume(code3);
      return wwwPrefixInside;
    }
    if (code3 === 46 && size === 3) {
      effects.consume(code3);
      return wwwPrefixAfter;
    }
    return nok(code3);
  }
  function wwwPrefixAfter(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code3) {
    if (code3 === 46 || code3 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || code3 !== 45 && unicodePunctuation(code3)) {
      return domainAfter(code3);
    }
    seen = true;
    effects.consume(code3);
    return domainInside;
  }
  function domainAtPunctuation(code3) {
    if (code3 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code3);
    return domainInside;
  }
  function domainAfter(code3) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code3);
    }
    return ok3(code3);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code3) {
    if (code3 === 40) {
      sizeOpen++;
      effects.consume(code3);
      return pathInside;
    }
    if (code3 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code3);
    }
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 63 || code3 === 93 || code3 === 95 || code3 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    effects.consume(code3);
    return pathInside;
  }
  function pathAtPunctuation(code3) {
    if (code3 === 41) {
      sizeClose++;
    }
    effects.consume(code3);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code3) {
    if (code3 === 33 || code3 === 34 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 63 || code3 === 95 || code3 === 126) {
      effects.consume(code3);
      return trail2;
    }
    if (code3 === 38) {
      effects.consume(code3);
      return trailCharacterReferenceStart;
    }
    if (code3 === 93) {
      effects.consume(code3);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code3 === 60 || // So is whitespace.
      code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)
    ) {
      return ok3(code3);
    }
    return nok(code3);
  }
  function trailBracketAfter(code3) {
    if (code3 === null || code3 === 40 || code3 === 91 || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    return trail2(code3);
  }
  function trailCharacterReferenceStart(code3) {
    return asciiAlpha(code3) ? trailCharacterReferenceInside(code3) : nok(code3);
  }
  function trailCharacterReferenceInside(code3) {
    if (code3 === 59) {
      effects.consume(code3);
      return trail2;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return trailCharacterReferenceInside;
    }
    return nok(code3);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    return asciiAlphanumeric(code3) ? nok(code3) : ok3(code3);
  }
}
function previousWww(code3) {
  return code3 === null || code3 === 40 || code3 === 42 || code3 === 95 || code3 === 91 || code3 === 93 || code3 === 126 || markdownLineEndingOrSpace(code3);
}
function previousProtocol(code3) {
  return !asciiAlpha(code3);
}
function previousEmail(code3) {
  return !(code3 === 47 || gfmAtext(code3));
}
function gfmAtext(code3) {
  return code3 === 43 || code3 === 45 || code3 === 46 || code3 === 95 || asciiAlphanumeric(code3);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve8 = constructs2[index2].resolveAll;
    if (resolve8 && !called.includes(resolve8)) {
      events = resolve8(events, context);
      called.push(resolve8);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention3 = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open2 = index2;
      while (open2--) {
        if (events[open2][0] === "exit" && events[open2][1].type === "attentionSequence" && events[open2][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open2][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open2][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open2][1].end.offset - events[open2][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open2][1].end.offset - events[open2][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open2][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open2][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text5 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open2][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open2][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open2][1].end.offset - events[open2][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open2][1], context], ["exit", events[open2][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text5, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open2 + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text5, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open2 - 1, index2 - open2 + 3, nextEvents);
          index2 = open2 + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code3) {
    marker = code3;
    effects.enter("attentionSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code3);
    const open2 = !after || after === 2 && before || attentionMarkers2.includes(code3) && code3 !== 42 && code3 !== 95;
    const close = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open2 : open2 && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open2));
    return ok3(code3);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code3);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open2;
  }
  function open2(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return schemeOrEmailAtext;
    }
    if (code3 === 64) {
      return nok(code3);
    }
    return emailAtext(code3);
  }
  function schemeOrEmailAtext(code3) {
    if (code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) {
      size = 1;
      return schemeInsideOrEmailAtext(code3);
    }
    return emailAtext(code3);
  }
  function schemeInsideOrEmailAtext(code3) {
    if (code3 === 58) {
      effects.consume(code3);
      size = 0;
      return urlInside;
    }
    if ((code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) && size++ < 32) {
      effects.consume(code3);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code3);
  }
  function urlInside(code3) {
    if (code3 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code3 === null || code3 === 32 || code3 === 60 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return urlInside;
  }
  function emailAtext(code3) {
    if (code3 === 64) {
      effects.consume(code3);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code3)) {
      effects.consume(code3);
      return emailAtext;
    }
    return nok(code3);
  }
  function emailAtSignOrDot(code3) {
    return asciiAlphanumeric(code3) ? emailLabel(code3) : nok(code3);
  }
  function emailLabel(code3) {
    if (code3 === 46) {
      effects.consume(code3);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code3 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code3);
  }
  function emailValue(code3) {
    if ((code3 === 45 || asciiAlphanumeric(code3)) && size++ < 63) {
      const next = code3 === 45 ? emailValue : emailLabel;
      effects.consume(code3);
      return next;
    }
    return nok(code3);
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code3) {
    if (markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return ok3(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size++ < limit) {
      effects.consume(code3);
      return prefix;
    }
    effects.exit(type);
    return ok3(code3);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code3) {
    if (max > 0 && markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return after(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size < max) {
      effects.consume(code3);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code3);
  }
  function after(code3) {
    return size >= min ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code3) {
    return markdownSpace(code3) ? factorySpace(effects, after, "linePrefix")(code3) : after(code3);
  }
  function after(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit: exit2,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code3);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownSpace(code3)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code3);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code3);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return contBefore(code3);
  }
  function contBefore(code3) {
    return effects.attempt(blockQuote, ok3, nok)(code3);
  }
}
function exit2(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code3);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code3) {
    if (asciiPunctuation(code3)) {
      effects.enter("characterEscapeValue");
      effects.consume(code3);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code3) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code3);
    effects.exit("characterReferenceMarker");
    return open2;
  }
  function open2(code3) {
    if (code3 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code3);
  }
  function numeric(code3) {
    if (code3 === 88 || code3 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code3);
  }
  function value(code3) {
    if (code3 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code3);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code3);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code3) && size++ < max) {
      effects.consume(code3);
      return value;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return after;
  }
  function after(code3) {
    return self.parser.lazy[self.now().line] ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code3) {
    return beforeSequenceOpen(code3);
  }
  function beforeSequenceOpen(code3) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code3;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === marker) {
      sizeOpen++;
      effects.consume(code3);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code3);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code3) ? factorySpace(effects, infoBefore, "whitespace")(code3) : infoBefore(code3);
  }
  function infoBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code3) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code3);
  }
  function info(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return info;
  }
  function metaBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return infoBefore(code3);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code3);
  }
  function meta(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return meta;
  }
  function atNonLazyBreak(code3) {
    return effects.attempt(closeStart, after, contentBefore)(code3);
  }
  function contentBefore(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code3) {
    return initialPrefix > 0 && markdownSpace(code3) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code3) : beforeContentChunk(code3);
  }
  function beforeContentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code3);
  }
  function contentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code3);
    }
    effects.consume(code3);
    return contentChunk;
  }
  function after(code3) {
    effects.exit("codeFenced");
    return ok3(code3);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code3) {
      effects2.enter("lineEnding");
      effects2.consume(code3);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code3) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code3) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : beforeSequenceClose(code3);
    }
    function beforeSequenceClose(code3) {
      if (code3 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code3);
      }
      return nok2(code3);
    }
    function sequenceClose(code3) {
      if (code3 === marker) {
        size++;
        effects2.consume(code3);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code3) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code3) : sequenceCloseAfter(code3);
      }
      return nok2(code3);
    }
    function sequenceCloseAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects2.exit("codeFencedFence");
        return ok4(code3);
      }
      return nok2(code3);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code3);
  }
  function atBreak(code3) {
    if (code3 === null) {
      return after(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.attempt(furtherStart, atBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return atBreak(code3);
    }
    effects.consume(code3);
    return inside;
  }
  function after(code3) {
    effects.exit("codeIndented");
    return ok3(code3);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code3) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code3);
  }
  function onNotEnoughPrefix(code3) {
    return markdownLineEnding(code3) ? furtherStart2(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous: previous2,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous2(code3) {
  return code3 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code3) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code3);
  }
  function between(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 32) {
      effects.enter("space");
      effects.consume(code3);
      effects.exit("space");
      return between;
    }
    if (code3 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 32 || code3 === 96 || markdownLineEnding(code3)) {
      effects.exit("codeTextData");
      return between(code3);
    }
    effects.consume(code3);
    return data;
  }
  function sequenceClose(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code3);
    }
    token.type = "codeTextData";
    return data(code3);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code3) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code3);
  }
  function chunkInside(code3) {
    if (code3 === null) {
      return contentEnd(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code3);
    }
    effects.consume(code3);
    return chunkInside;
  }
  function contentEnd(code3) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code3);
  }
  function contentContinue(code3) {
    effects.consume(code3);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code3) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code3);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code3);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code3) {
    if (code3 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code3 === null || code3 === 32 || code3 === 41 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code3);
  }
  function enclosedBefore(code3) {
    if (code3 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code3);
  }
  function enclosed(code3) {
    if (code3 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code3);
    }
    if (code3 === null || code3 === 60 || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code3) {
    if (code3 === 60 || code3 === 62 || code3 === 92) {
      effects.consume(code3);
      return enclosed;
    }
    return enclosed(code3);
  }
  function raw(code3) {
    if (!balance && (code3 === null || code3 === 41 || markdownLineEndingOrSpace(code3))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code3);
    }
    if (balance < limit && code3 === 40) {
      effects.consume(code3);
      balance++;
      return raw;
    }
    if (code3 === 41) {
      effects.consume(code3);
      balance--;
      return raw;
    }
    if (code3 === null || code3 === 32 || code3 === 40 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? rawEscape : raw;
  }
  function rawEscape(code3) {
    if (code3 === 40 || code3 === 41 || code3 === 92) {
      effects.consume(code3);
      return raw;
    }
    return raw(code3);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code3) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code3);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code3) {
    if (size > 999 || code3 === null || code3 === 91 || code3 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code3 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code3);
  }
  function labelInside(code3) {
    if (code3 === null || code3 === 91 || code3 === 93 || markdownLineEnding(code3) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    if (!seen) seen = !markdownSpace(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      marker = code3 === 40 ? 41 : code3;
      return begin;
    }
    return nok(code3);
  }
  function begin(code3) {
    if (code3 === marker) {
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker || code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? escape : inside;
  }
  function escape(code3) {
    if (code3 === marker || code3 === 92) {
      effects.consume(code3);
      return inside;
    }
    return inside(code3);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code3) {
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code3);
    }
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition2 = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code3) {
    effects.enter("definition");
    return before(code3);
  }
  function before(code3) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code3);
  }
  function labelAfter(code3) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code3);
  }
  function markerAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, destinationBefore)(code3) : destinationBefore(code3);
  }
  function destinationBefore(code3) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code3);
  }
  function destinationAfter(code3) {
    return effects.attempt(titleBefore, after, after)(code3);
  }
  function after(code3) {
    return markdownSpace(code3) ? factorySpace(effects, afterWhitespace, "whitespace")(code3) : afterWhitespace(code3);
  }
  function afterWhitespace(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, beforeMarker)(code3) : nok(code3);
  }
  function beforeMarker(code3) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code3);
  }
  function titleAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code3) : titleAfterOptionalWhitespace(code3);
  }
  function titleAfterOptionalWhitespace(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("hardBreakEscape");
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      effects.exit("hardBreakEscape");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text5 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text5, context], ["exit", text5, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("atxHeading");
    return before(code3);
  }
  function before(code3) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 35 && size++ < 6) {
      effects.consume(code3);
      return sequenceOpen;
    }
    if (code3 === null || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code3);
    }
    return nok(code3);
  }
  function atBreak(code3) {
    if (code3 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("atxHeading");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, atBreak, "whitespace")(code3);
    }
    effects.enter("atxHeadingText");
    return data(code3);
  }
  function sequenceFurther(code3) {
    if (code3 === 35) {
      effects.consume(code3);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 35 || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingText");
      return atBreak(code3);
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code3) {
    return before(code3);
  }
  function before(code3) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code3);
    return open2;
  }
  function open2(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      closingTag = true;
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      marker = 2;
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function cdataOpenInside(code3) {
    const value = "CDATA[";
    if (code3 === value.charCodeAt(index2++)) {
      effects.consume(code3);
      if (index2 === value.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function tagName(code3) {
    if (code3 === null || code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      const slash = code3 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code3);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code3) : closingTag ? completeClosingTagAfter(code3) : completeAttributeNameBefore(code3);
    }
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function basicSelfClosing(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code3);
  }
  function completeClosingTagAfter(code3) {
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeClosingTagAfter;
    }
    return completeEnd(code3);
  }
  function completeAttributeNameBefore(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return completeEnd;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameBefore;
    }
    return completeEnd(code3);
  }
  function completeAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code3);
  }
  function completeAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code3);
  }
  function completeAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      markerB = code3;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code3);
  }
  function completeAttributeValueQuoted(code3) {
    if (code3 === markerB) {
      effects.consume(code3);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 47 || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96 || markdownLineEndingOrSpace(code3)) {
      return completeAttributeNameAfter(code3);
    }
    effects.consume(code3);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownSpace(code3)) {
      return completeAttributeNameBefore(code3);
    }
    return nok(code3);
  }
  function completeEnd(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function completeAfter(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuation(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function continuation(code3) {
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationCommentInside;
    }
    if (code3 === 60 && marker === 1) {
      effects.consume(code3);
      return continuationRawTagOpen;
    }
    if (code3 === 62 && marker === 4) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 63 && marker === 3) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    if (code3 === 93 && marker === 5) {
      effects.consume(code3);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code3) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationStart(code3);
    }
    effects.consume(code3);
    return continuation;
  }
  function continuationStart(code3) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code3);
  }
  function continuationStartNonLazy(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuationStart(code3);
    }
    effects.enter("htmlFlowData");
    return continuation(code3);
  }
  function continuationCommentInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationRawTagOpen(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationRawEndTag(code3) {
    if (code3 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code3);
        return continuationClose;
      }
      return continuation(code3);
    }
    if (asciiAlpha(code3) && buffer.length < 8) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationCdataInside(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationDeclarationInside(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationClose(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code3);
    }
    effects.consume(code3);
    return continuationClose;
  }
  function continuationAfter(code3) {
    effects.exit("htmlFlow");
    return ok3(code3);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code3) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code3);
    return open2;
  }
  function open2(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instruction;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return declaration;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return nok(code3);
  }
  function comment(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 45) {
      effects.consume(code3);
      return commentClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = comment;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return comment;
  }
  function commentClose(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return comment(code3);
  }
  function commentEnd(code3) {
    return code3 === 62 ? end(code3) : code3 === 45 ? commentClose(code3) : comment(code3);
  }
  function cdataOpenInside(code3) {
    const value = "CDATA[";
    if (code3 === value.charCodeAt(index2++)) {
      effects.consume(code3);
      return index2 === value.length ? cdata : cdataOpenInside;
    }
    return nok(code3);
  }
  function cdata(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = cdata;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return cdata;
  }
  function cdataClose(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function cdataEnd(code3) {
    if (code3 === 62) {
      return end(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function declaration(code3) {
    if (code3 === null || code3 === 62) {
      return end(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = declaration;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return declaration;
  }
  function instruction(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instructionClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = instruction;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return instruction;
  }
  function instructionClose(code3) {
    return code3 === 62 ? end(code3) : instruction(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return nok(code3);
  }
  function tagClose(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return tagCloseBetween(code3);
  }
  function tagCloseBetween(code3) {
    if (markdownLineEnding(code3)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagCloseBetween;
    }
    return end(code3);
  }
  function tagOpen(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function tagOpenBetween(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return end;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenBetween;
    }
    return end(code3);
  }
  function tagOpenAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code3);
  }
  function tagOpenAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code3);
  }
  function tagOpenAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      marker = code3;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 60 || code3 === 61 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function end(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code3);
  }
  function lineEndingBefore(code3) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : lineEndingAfterPrefix(code3);
  }
  function lineEndingAfterPrefix(code3) {
    effects.enter("htmlTextData");
    return returnState(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open2;
  let close;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open2) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open2 = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index2;
    }
  }
  const group = {
    type: events[open2][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open2][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open2][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text5 = {
    type: "labelText",
    start: {
      ...events[open2 + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open2 + 1, open2 + offset + 3));
  media = push(media, [["enter", text5, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open2 + offset + 4, close - 3), context));
  media = push(media, [["exit", text5, context], events[close - 2], events[close - 1], ["exit", label, context]]);
  media = push(media, events.slice(close + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open2, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined2;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code3) {
    if (!labelStart) {
      return nok(code3);
    }
    if (labelStart._inactive) {
      return labelEndNok(code3);
    }
    defined2 = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code3) {
    if (code3 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined2 ? labelEndOk : labelEndNok)(code3);
    }
    if (code3 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined2 ? referenceNotFull : labelEndNok)(code3);
    }
    return defined2 ? labelEndOk(code3) : labelEndNok(code3);
  }
  function referenceNotFull(code3) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code3);
  }
  function labelEndOk(code3) {
    labelStarts.pop();
    return ok3(code3);
  }
  function labelEndNok(code3) {
    labelStart._balanced = true;
    return nok(code3);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code3) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code3);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceOpen)(code3) : resourceOpen(code3);
  }
  function resourceOpen(code3) {
    if (code3 === 41) {
      return resourceEnd(code3);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code3);
  }
  function resourceDestinationAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceBetween)(code3) : resourceEnd(code3);
  }
  function resourceDestinationMissing(code3) {
    return nok(code3);
  }
  function resourceBetween(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code3);
    }
    return resourceEnd(code3);
  }
  function resourceTitleAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceEnd)(code3) : resourceEnd(code3);
  }
  function resourceEnd(code3) {
    if (code3 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code3);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code3);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code3) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code3);
  }
  function referenceFullAfter(code3) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code3) : nok(code3);
  }
  function referenceFullMissing(code3) {
    return nok(code3);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code3) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code3);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code3) {
    if (code3 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code3);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code3) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code3);
    effects.exit("labelImageMarker");
    return open2;
  }
  function open2(code3) {
    if (code3 === 91) {
      effects.enter("labelMarker");
      effects.consume(code3);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code3) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak2 = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code3) {
    effects.enter("thematicBreak");
    return before(code3);
  }
  function before(code3) {
    marker = code3;
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code3);
    }
    if (size >= 3 && (code3 === null || markdownLineEnding(code3))) {
      effects.exit("thematicBreak");
      return ok3(code3);
    }
    return nok(code3);
  }
  function sequence(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code3) ? factorySpace(effects, atBreak, "whitespace")(code3) : atBreak(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code3) {
    const kind = self.containerState.type || (code3 === 42 || code3 === 43 || code3 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code3 === self.containerState.marker : asciiDigit(code3)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code3 === 42 || code3 === 45 ? effects.check(thematicBreak2, nok, atMarker)(code3) : atMarker(code3);
      }
      if (!self.interrupt || code3 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code3);
      }
    }
    return nok(code3);
  }
  function inside(code3) {
    if (asciiDigit(code3) && ++size < 10) {
      effects.consume(code3);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code3 === self.containerState.marker : code3 === 41 || code3 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code3);
    }
    return nok(code3);
  }
  function atMarker(code3) {
    effects.enter("listItemMarker");
    effects.consume(code3);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code3;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code3) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code3);
  }
  function otherPrefix(code3) {
    if (markdownSpace(code3)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code3);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code3);
  }
  function endOfPrefix(code3) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code3);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code3) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code3);
  }
  function notBlank(code3) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code3)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code3);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code3);
  }
  function notInCurrentItem(code3) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code3) : nok(code3);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code3) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text5;
  let definition3;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text5 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition3 && events[index2][1].type === "definition") {
        definition3 = index2;
      }
    }
  }
  const heading2 = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text5][1].type = "setextHeadingText";
  if (definition3) {
    editMap.add(text5, 0, [["enter", heading2, context]]);
    editMap.add(definition3 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition3][1].end
    };
  } else {
    events[content3][1] = heading2;
  }
  editMap.add(events.length, 0, [["exit", heading2, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code3) {
    let index2 = self.events.length;
    let paragraph2;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph2 = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code3;
      return before(code3);
    }
    return nok(code3);
  }
  function before(code3) {
    effects.enter("setextHeadingLineSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code3) ? factorySpace(effects, after, "lineSuffix")(code3) : after(code3);
  }
  function after(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("setextHeadingLine");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined2 = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code3) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code3);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined2.includes(id.slice(1))) {
      return nok(code3);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code3);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined2 = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code3) {
    if (code3 !== 94) return nok(code3);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined2.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code3);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? callEscape : callData;
  }
  function callEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return callData;
    }
    return callData(code3);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined2 = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code3) {
    if (code3 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code3);
  }
  function labelInside(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
  function labelAfter(code3) {
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      if (!defined2.includes(identifier)) {
        defined2.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code3);
  }
  function whitespaceAfter(code3) {
    return ok3(code3);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open2 = index2;
        while (open2--) {
          if (events[open2][0] === "exit" && events[open2][1].type === "strikethroughSequenceTemporary" && events[open2][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open2][1].end.offset - events[open2][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open2][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open2][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text5 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open2][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open2][1], context], ["exit", events[open2][1], context], ["enter", text5, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open2 + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text5, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open2 - 1, index2 - open2 + 3, nextEvents);
            index2 = open2 + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code3) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code3);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code3);
    }
    function more(code3) {
      const before = classifyCharacter(previous3);
      if (code3 === 126) {
        if (size > 1) return nok(code3);
        effects.consume(code3);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code3);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code3);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code3);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code3) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    return next(code3);
  }
  function headRowBefore(code3) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code3);
  }
  function headRowStart(code3) {
    if (code3 === 124) {
      return headRowBreak(code3);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code3);
  }
  function headRowBreak(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code3);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code3);
  }
  function headRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return headRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return headRowData;
    }
    return headRowData(code3);
  }
  function headDelimiterStart(code3) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return headDelimiterBefore(code3);
  }
  function headDelimiterBefore(code3) {
    if (code3 === 45 || code3 === 58) {
      return headDelimiterValueBefore(code3);
    }
    if (code3 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterCellBefore(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code3);
    }
    return headDelimiterValueBefore(code3);
  }
  function headDelimiterValueBefore(code3) {
    if (code3 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code3 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return headDelimiterCellAfter(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterLeftAlignmentAfter(code3) {
    if (code3 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterFiller(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return headDelimiterFiller;
    }
    if (code3 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code3);
  }
  function headDelimiterRightAlignmentAfter(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code3);
    }
    return headDelimiterCellAfter(code3);
  }
  function headDelimiterCellAfter(code3) {
    if (code3 === 124) {
      return headDelimiterBefore(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code3);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterNok(code3) {
    return nok(code3);
  }
  function bodyRowStart(code3) {
    effects.enter("tableRow");
    return bodyRowBreak(code3);
  }
  function bodyRowBreak(code3) {
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("tableRow");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code3);
    }
    effects.enter("data");
    return bodyRowData(code3);
  }
  function bodyRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return bodyRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return bodyRowData;
    }
    return bodyRowData(code3);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map3 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map3.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map3.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map3, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map3, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
  }
  map3.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map3, context, range, rowKind, rowEnd, previousCell) {
  const groupName2 = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map3.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName2,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map3.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map3.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map3.add(a, b, []);
      }
    }
    map3.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map3.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map3, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map3.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open2;
  function open2(code3) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code3);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code3);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code3) {
    if (markdownLineEndingOrSpace(code3)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueUnchecked");
      return close;
    }
    if (code3 === 88 || code3 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueChecked");
      return close;
    }
    return nok(code3);
  }
  function close(code3) {
    if (code3 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code3);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code3);
    }
    return nok(code3);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions2 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// node_modules/micromark/lib/initialize/content.js
var content2 = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code3) {
    effects.enter("paragraph");
    return lineStart(code3);
  }
  function lineStart(code3) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code3);
  }
  function data(code3) {
    if (code3 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code3) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code3);
    }
    return checkNewContainers(code3);
  }
  function documentContinue(code3) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code3);
    }
    return start(code3);
  }
  function checkNewContainers(code3) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code3);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code3);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code3);
  }
  function thereIsANewContainer(code3) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code3);
  }
  function thereIsNoNewContainer(code3) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code3);
  }
  function documentContinued(code3) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code3);
  }
  function containerContinue(code3) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code3);
  }
  function flowStart(code3) {
    if (code3 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code3);
  }
  function flowContinue(code3) {
    if (code3 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code3);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code3);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text3 = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text5 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code3) {
      return atBreak(code3) ? text5(code3) : notText(code3);
    }
    function notText(code3) {
      if (code3 === null) {
        effects.consume(code3);
        return;
      }
      effects.enter("data");
      effects.consume(code3);
      return data;
    }
    function data(code3) {
      if (atBreak(code3)) {
        effects.exit("data");
        return text5(code3);
      }
      effects.consume(code3);
      return data;
    }
    function atBreak(code3) {
      if (code3 === null) {
        return true;
      }
      const list3 = constructs2[code3];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text4
});
var document2 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition2
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak2,
  [45]: [setextUnderline, thematicBreak2],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak2,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text4 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention3,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention3,
  [96]: codeText
};
var insideSpan = {
  null: [attention3, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code3) {
    consumed = void 0;
    expectedCode = code3;
    state = state(code3);
  }
  function consume(code3) {
    if (markdownLineEnding(code3)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code3 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code3 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code3;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map3) {
        return start;
        function start(code3) {
          const left = code3 !== null && map3[code3];
          const all2 = code3 !== null && map3.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code3);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code3) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code3);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code3);
        }
      }
      function ok3(code3) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code3) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value = "\r";
          break;
        }
        case -4: {
          value = "\n";
          break;
        }
        case -3: {
          value = "\r\n";
          break;
        }
        case -2: {
          value = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value = " ";
          break;
        }
        default: {
          value = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create(content2),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text3)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== void 0 ? match.index : value.length;
      const code3 = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code3 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code3) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own3 = {}.hasOwnProperty;
function fromMarkdown(value, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener(link2),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading2),
      blockQuote: opener(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition3),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis2),
      hardBreakEscape: opener(hardBreak2),
      hardBreakTrailing: opener(hardBreak2),
      htmlFlow: opener(html2, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html2, buffer),
      htmlTextData: onenterdata,
      image: opener(image2),
      label: buffer,
      link: opener(link2),
      listItem: opener(listItem2),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list3, onenterlistordered),
      listUnordered: opener(list3),
      paragraph: opener(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading2),
      strong: opener(strong2),
      thematicBreak: opener(thematicBreak3)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own3.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem3;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem3 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem3) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem3._spread = true;
          }
          listItem3.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem3, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem3 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener(create, and) {
    return open2;
    function open2(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close;
    function close(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open2 = this.tokenStack.pop();
    if (!open2) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open2[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open2[0]);
      } else {
        const handler = open2[1] || defaultOnError;
        handler.call(this, token, open2[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text5();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition3() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading2() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak2() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html2() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image2() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link2() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem2(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong2() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text5() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak3() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value = extensions[index2];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap2(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap2(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
var import_node_path9 = __toESM(require("node:path"), 1);

// node_modules/vfile/lib/minproc.js
var import_node_process = __toESM(require("node:process"), 1);

// node_modules/vfile/lib/minurl.js
var import_node_url = require("node:url");

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : import_node_process.default.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? import_node_path9.default.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename6) {
    assertNonEmpty(basename6, "basename");
    assertPart(basename6, "basename");
    this.path = import_node_path9.default.join(this.dirname || "", basename6);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? import_node_path9.default.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname12) {
    assertPath(this.basename, "dirname");
    this.path = import_node_path9.default.join(dirname12 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? import_node_path9.default.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname3) {
    assertPart(extname3, "extname");
    assertPath(this.dirname, "extname");
    if (extname3) {
      if (extname3.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname3.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = import_node_path9.default.join(this.dirname, this.stem + (extname3 || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path2) {
    if (isUrl(path2)) {
      path2 = (0, import_node_url.fileURLToPath)(path2);
    }
    assertNonEmpty(path2, "path");
    if (this.path !== path2) {
      this.history.push(path2);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? import_node_path9.default.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem2) {
    assertNonEmpty(stem2, "stem");
    assertPart(stem2, "stem");
    this.path = import_node_path9.default.join(this.dirname || "", stem2 + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(import_node_path9.default.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + import_node_path9.default.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path2, name) {
  if (!path2) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own4 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own4.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve8, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve8) {
          resolve8(file2);
        } else {
          ok2(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok2(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve8, reject) {
      ok2(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve8) {
          resolve8(resultingTree);
        } else {
          ok2(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok2(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/programme/parse-markdown.ts
var processor = unified().use(remarkParse).use(remarkGfm).freeze();
function parseMarkdown(text5) {
  return processor.parse(text5);
}

// src/links/managed-blocks.ts
function openingMarker(kind) {
  return `<!-- programme-sync:${kind} -->`;
}
function closingMarker(kind) {
  return `<!-- /programme-sync:${kind} -->`;
}
var markerPattern = /^<!--\s*(\/?)programme-sync:(archives|calendar)\s*-->$/;
function findManagedBlocks(tree, text5) {
  const blocks = [];
  const problems = [];
  let open2;
  for (const node2 of tree.children) {
    if (node2.type !== "html" || !node2.position) continue;
    const match = markerPattern.exec(node2.value.trim());
    if (!match) continue;
    const kind = match[2];
    const closing = match[1] === "/";
    if (!closing) {
      if (open2) problems.push({ kind: open2.kind, problem: "unclosed", position: open2.node.position });
      open2 = { kind, node: node2 };
      continue;
    }
    if (!open2 || open2.kind !== kind) {
      problems.push({ kind, problem: "unopened", position: node2.position });
      continue;
    }
    const afterOpening = open2.node.position.end.offset;
    const eol = text5.startsWith("\r\n", afterOpening) ? "\r\n" : "\n";
    blocks.push({
      kind,
      contentStart: afterOpening + (text5.startsWith(eol, afterOpening) ? eol.length : 0),
      contentEnd: node2.position.start.offset - (node2.position.start.column - 1),
      eol,
      position: { start: open2.node.position.start, end: node2.position.end }
    });
    open2 = void 0;
  }
  if (open2) problems.push({ kind: open2.kind, problem: "unclosed", position: open2.node.position });
  return { blocks, problems };
}
function blockText(lines, eol) {
  return lines.map((line) => line + eol).join("");
}
function refreshManagedBlocks(text5, contents, tree = parseMarkdown(text5)) {
  const { blocks, problems } = findManagedBlocks(tree, text5);
  const refreshed = [];
  const pieces = [];
  let cursor = 0;
  for (const block of blocks) {
    const lines = contents[block.kind];
    const current = text5.slice(block.contentStart, block.contentEnd);
    const wanted = lines === void 0 ? current : blockText(lines, block.eol);
    refreshed.push({ kind: block.kind, position: block.position, changed: wanted !== current });
    pieces.push(text5.slice(cursor, block.contentStart), wanted);
    cursor = block.contentEnd;
  }
  pieces.push(text5.slice(cursor));
  const result = pieces.join("");
  return { text: result, changed: result !== text5, blocks: refreshed, problems };
}

// src/links/own-repository-url.ts
function parseRepositoryFileUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  const host = parsed.hostname.toLowerCase();
  let parts;
  try {
    parts = parsed.pathname.split("/").filter((part) => part !== "").map(decodeURIComponent);
  } catch {
    return void 0;
  }
  const [owner, name, ...rest] = parts;
  if (owner === void 0 || name === void 0) return void 0;
  const repository = { owner, name: name.replace(/\.git$/, "") };
  if (host === "raw.githubusercontent.com") return rest.length >= 2 ? { repository, segments: rest } : void 0;
  if (host !== "github.com" && host !== "www.github.com") return void 0;
  const [view, ...segments] = rest;
  if (view !== "blob" && view !== "tree" && view !== "raw" || segments.length < 2) return void 0;
  return { repository, segments };
}
function pathInRepository2(segments, exists2) {
  for (let branchLength = 1; branchLength < segments.length; branchLength++) {
    const path2 = segments.slice(branchLength).join("/");
    if (exists2(path2)) return path2;
  }
  return void 0;
}

// src/links/repository-context.ts
var import_promises6 = require("node:fs/promises");
var import_node_path13 = require("node:path");

// src/links/repository-files.ts
var import_promises4 = require("node:fs/promises");
var import_node_path11 = require("node:path");

// src/folder-files.ts
var import_promises3 = require("node:fs/promises");
var import_node_path10 = require("node:path");
var skippedFolders = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function listFolderFiles(root2, options = {}) {
  const found = [];
  const walk = async (folder) => {
    const entries = await (0, import_promises3.readdir)(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path2 = (0, import_node_path10.join)(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) await walk(path2);
      } else if (entry.isFile() || options.symbolicLinks && entry.isSymbolicLink()) {
        found.push((0, import_node_path10.relative)(root2, path2).split(import_node_path10.sep).join("/"));
      }
    }
  };
  await walk(root2);
  return found.sort();
}

// src/links/repository-files.ts
async function listRepositoryFiles(root2, isGit) {
  const working = await listWorkingFiles(root2, isGit);
  return { root: root2, isGit, working, folders: foldersOf(working), head: lastCommitFiles(root2, isGit, async () => working) };
}
function unlistedRepositoryFiles(root2, isGit) {
  const none = /* @__PURE__ */ new Set();
  return Promise.resolve({ root: root2, isGit, working: none, folders: none, head: lastCommitFiles(root2, isGit, () => listWorkingFiles(root2, isGit)) });
}
async function listWorkingFiles(root2, isGit) {
  const working = /* @__PURE__ */ new Set();
  const listed = isGit ? await runGit(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root2) : void 0;
  if (isGit && listed !== void 0) {
    const paths = splitNul(listed);
    const present = await Promise.all(paths.map((path2) => exists((0, import_node_path11.join)(root2, path2))));
    paths.forEach((path2, index2) => {
      if (present[index2]) working.add(path2);
    });
  } else {
    for (const path2 of await listFolderFiles(root2, { symbolicLinks: true })) working.add(path2);
  }
  return working;
}
function lastCommitFiles(root2, isGit, working) {
  let head;
  const load = async () => {
    const headListing = isGit ? await runGit(["ls-tree", "-r", "-z", "--name-only", "HEAD"], root2) : void 0;
    const files = headListing === void 0 ? await working() : new Set(splitNul(headListing));
    return { files, folders: foldersOf(files) };
  };
  return () => head ??= load();
}
function toRepositoryPath(root2, path2) {
  return (0, import_node_path11.relative)(root2, path2).split(import_node_path11.sep).join("/");
}
async function landOf(files, absolute) {
  const lexical = (0, import_node_path11.resolve)(absolute);
  if (!isInside(files.root, lexical)) return { kind: "outside" };
  let existing = lexical;
  while (!await exists(existing) && existing !== files.root) existing = (0, import_node_path11.dirname)(existing);
  const real = await (0, import_promises4.realpath)(existing).catch(() => void 0);
  if (real === void 0) return { kind: "missing", path: toRepositoryPath(files.root, lexical) };
  if (!isInside(files.root, real)) return { kind: "through-symlink", link: await escapingLink(files.root, existing) };
  const path2 = toRepositoryPath(files.root, lexical);
  if (existing !== lexical) return { kind: "missing", path: path2 };
  const realPath = toRepositoryPath(files.root, real);
  if (files.working.has(path2) || files.working.has(realPath)) return { kind: "file", path: path2 };
  if (path2 === "" || files.folders.has(path2) || files.folders.has(realPath)) return { kind: "folder", path: path2 };
  return { kind: "missing", path: path2 };
}
async function escapingLink(root2, path2) {
  const parts = toRepositoryPath(root2, path2).split("/");
  for (let count = 1; count <= parts.length; count++) {
    const prefix = (0, import_node_path11.join)(root2, ...parts.slice(0, count));
    const stats = await (0, import_promises4.lstat)(prefix).catch(() => void 0);
    if (!stats?.isSymbolicLink()) continue;
    const real = await (0, import_promises4.realpath)(prefix).catch(() => void 0);
    if (real === void 0 || !isInside(root2, real)) return parts.slice(0, count).join("/");
  }
  return parts.join("/");
}
function foldersOf(paths) {
  const folders = /* @__PURE__ */ new Set();
  for (const path2 of paths) {
    for (let slash = path2.lastIndexOf("/"); slash > 0; slash = path2.lastIndexOf("/", slash - 1)) {
      const folder = path2.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}
function splitNul(listing) {
  return listing.split("\0").filter((path2) => path2 !== "");
}
async function exists(path2) {
  return (0, import_promises4.lstat)(path2).then(
    () => true,
    () => false
  );
}

// src/git/origin-url.ts
var import_promises5 = require("node:fs/promises");
var import_node_path12 = require("node:path");
async function originUrl(folder) {
  const { root: root2, isGit } = await findRepositoryRoot(folder, folder);
  if (!isGit) return void 0;
  const config = await (0, import_promises5.readFile)((0, import_node_path12.join)(root2, ".git", "config"), "utf8").catch(() => void 0);
  if (config === void 0 || /\[\s*include|insteadof/i.test(config)) {
    return (await runGit(["remote", "get-url", "origin"], folder))?.trim() || void 0;
  }
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]*)\]/.exec(line);
    if (section) {
      inOrigin = /^\s*remote\s+"origin"\s*$/i.test(section[1]);
      continue;
    }
    const url = inOrigin ? /^\s*url\s*=\s*(.*)$/i.exec(line) : null;
    if (url) return url[1].trim().replace(/^"(.*)"$/, "$1") || void 0;
  }
  return void 0;
}

// src/links/repository-identity.ts
function parseOwnerRepo(text5) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text5.trim());
  if (!match) return void 0;
  return { owner: match[1], name: match[2].replace(/\.git$/, "") };
}
function parseGitHubRemote(url) {
  const text5 = url.trim();
  const scp = /^[^@/\s]+@github\.com:([^\s]+)$/i.exec(text5);
  if (scp) return parseOwnerRepo(scp[1].replace(/\/$/, ""));
  let parsed;
  try {
    parsed = new URL(text5);
  } catch {
    return void 0;
  }
  if (!["http:", "https:", "ssh:", "git:"].includes(parsed.protocol) || parsed.hostname.toLowerCase() !== "github.com") return void 0;
  return parseOwnerRepo(parsed.pathname.replace(/^\//, "").replace(/\/$/, ""));
}
async function findRepositoryIdentity(sources) {
  if (sources.option) return parseOwnerRepo(sources.option);
  if (sources.environment) {
    const fromEnvironment = parseOwnerRepo(sources.environment);
    if (fromEnvironment) return fromEnvironment;
  }
  if (!sources.gitFolder) return void 0;
  const remote = await originUrl(sources.gitFolder);
  return remote === void 0 ? void 0 : parseGitHubRemote(remote);
}
function sameRepository(a, b) {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}

// src/links/repository-context.ts
async function repositoryFor(programmePath, settings, cache = /* @__PURE__ */ new Map(), options = {}) {
  const { root: root2, isGit } = await findRepositoryRoot((0, import_node_path13.dirname)((0, import_node_path13.resolve)(programmePath)), process.cwd());
  const known = cache.get(root2);
  if (known) return known;
  const listFiles = options.listFiles ?? true;
  const identitySources = {
    ...settings.repo === void 0 ? {} : { option: settings.repo },
    ...settings.githubRepository === void 0 ? {} : { environment: settings.githubRepository },
    ...isGit ? { gitFolder: root2 } : {}
  };
  const [identity, files] = await Promise.all([
    findRepositoryIdentity(identitySources),
    listFiles ? listRepositoryFiles(root2, isGit) : unlistedRepositoryFiles(root2, isGit)
  ]);
  const publishing = {
    branch: settings.branch,
    ...identity ? { identity } : {},
    ...settings.calendarBaseUrl === void 0 ? {} : { baseUrl: settings.calendarBaseUrl }
  };
  const context = {
    files,
    publishing,
    archivesGlob: settings.archivesGlob,
    anchorCache: /* @__PURE__ */ new Map(),
    ...identity ? { identity } : {}
  };
  if (listFiles) cache.set(root2, context);
  return context;
}
async function repositoryPathOf(repo, programmePath) {
  const real = await (0, import_promises6.realpath)((0, import_node_path13.resolve)(programmePath)).catch(() => void 0);
  if (real === void 0 || !isInside(repo.files.root, real)) return void 0;
  return toRepositoryPath(repo.files.root, real);
}
async function repositoryFolderOf(repo, folder) {
  let existing = (0, import_node_path13.resolve)(folder);
  const rest = [];
  for (; ; ) {
    const real = await (0, import_promises6.realpath)(existing).catch(() => void 0);
    if (real !== void 0) {
      const full = (0, import_node_path13.resolve)(real, ...rest.reverse());
      return isInside(repo.files.root, full) ? toRepositoryPath(repo.files.root, full) || "." : void 0;
    }
    const parent = (0, import_node_path13.dirname)(existing);
    if (parent === existing) return void 0;
    rest.push(existing.slice(parent.length).replace(/^[\\/]/, ""));
    existing = parent;
  }
}
async function anchorsOf(repo, repositoryPath) {
  const real = await (0, import_promises6.realpath)((0, import_node_path13.resolve)(repo.files.root, repositoryPath)).catch(() => void 0);
  if (real === void 0 || !isInside(repo.files.root, real)) return void 0;
  const known = repo.anchorCache.get(real);
  if (known) return known;
  const text5 = await (0, import_promises6.readFile)(real, "utf8").catch(() => void 0);
  if (text5 === void 0) return void 0;
  const anchors = headingSlugs(parseMarkdown(text5));
  repo.anchorCache.set(real, anchors);
  return anchors;
}

// src/links/check-links.ts
async function checkLinks(report2, repo, collector) {
  const programmePath = await repositoryPathOf(repo, report2.path);
  if (programmePath === void 0) return;
  const { tree, source } = report2.read;
  const managed = findManagedBlocks(tree, source.text);
  const generated = (link2) => managed.blocks.some((block) => (link2.position.start.offset ?? -1) >= block.contentStart && (link2.position.start.offset ?? -1) < block.contentEnd);
  const calendarDir = report2.engine?.calendarDir;
  const calendarFolder = calendarDir === void 0 ? void 0 : await repositoryFolderOf(repo, calendarDir);
  const context = {
    repo,
    collector,
    programmePath,
    folder: folderOf(programmePath),
    tree,
    ownAnchors: headingSlugs(tree),
    reached: /* @__PURE__ */ new Map(),
    ...calendarFolder === void 0 ? {} : { calendarFolder }
  };
  for (const link2 of collectLinks(tree)) await checkLink(context, link2, !generated(link2));
  if (isArchivedProgramme(programmePath, repo.archivesGlob)) return;
  reportUnlinkedArchives(context, managed);
  reportManagedBlocks(context, managed, source.text);
}
async function checkLink(check2, link2, report2) {
  const { repo } = check2;
  const destination = classifyDestination(link2.url);
  const sink = report2 ? check2.collector : new DiagnosticCollector(check2.collector.language);
  const add = (...args) => sink.add(...args);
  if (destination.kind === "same-document") {
    checkAnchor(link2, check2.ownAnchors, destination.fragment, check2.programmePath, add);
    return;
  }
  if (destination.kind === "absolute") {
    const url = parseRepositoryFileUrl(destination.url);
    if (!url || !repo.identity || !sameRepository(url.repository, repo.identity)) return;
    const { files: head, folders: headFolders } = await repo.files.head();
    const path2 = pathInRepository2(url.segments, (candidate) => head.has(candidate) || headFolders.has(candidate));
    if (path2 !== void 0) {
      if (!check2.reached.has(path2)) check2.reached.set(path2, link2.position);
      return;
    }
    const suggestion = closestPath(url.segments.slice(1).join("/"), head);
    add("link-own-url-missing", "error", "link-own-url-missing", {
      url: link2.url,
      repository: `${repo.identity.owner}/${repo.identity.name}`,
      ...suggestion === void 0 ? {} : { suggestion }
    }, link2.position, { actual: link2.url, ...suggestion === void 0 ? {} : { expected: suggestion } });
    return;
  }
  if (destination.kind !== "relative") return;
  const wanted = destination.fromRoot ? destination.path : `${check2.folder === "" ? "" : check2.folder + "/"}${destination.path}`;
  const landing = await landOf(repo.files, (0, import_node_path14.join)(repo.files.root, wanted));
  switch (landing.kind) {
    case "outside":
      add("link-outside-repository", "error", "link-outside-repository", { target: link2.url }, link2.position, { actual: link2.url });
      return;
    case "through-symlink":
      add("link-outside-repository", "error", "link-through-outside-symlink", { target: link2.url, link: landing.link }, link2.position, { actual: link2.url });
      return;
    case "missing": {
      const closest = closestPath(landing.path, repo.files.working);
      const suggestion = closest === void 0 ? void 0 : destination.fromRoot ? "/" + closest : linkFromFolder(check2.folder, closest);
      add("link-target-missing", "error", "link-target-missing", {
        target: link2.url,
        path: landing.path,
        ...suggestion === void 0 ? {} : { suggestion }
      }, link2.position, { actual: link2.url, ...suggestion === void 0 ? {} : { expected: suggestion } });
      return;
    }
    case "folder":
      return;
    case "file": {
      if (!check2.reached.has(landing.path)) check2.reached.set(landing.path, link2.position);
      if (destination.fragment === void 0 || link2.kind === "image" || !/\.(md|markdown)$/i.test(landing.path)) return;
      const anchors = landing.path === check2.programmePath ? check2.ownAnchors : await anchorsOf(repo, landing.path);
      if (anchors) checkAnchor(link2, anchors, destination.fragment, landing.path, add);
    }
  }
}
function checkAnchor(link2, anchors, fragment, file, add) {
  if (hasAnchor(anchors, fragment)) return;
  const suggestion = closestString(fragment.toLowerCase(), anchors);
  add("link-anchor-missing", "error", "link-anchor-missing", {
    target: link2.url,
    anchor: fragment,
    file,
    ...suggestion === void 0 ? {} : { suggestion }
  }, link2.position, { actual: `#${fragment}`, ...suggestion === void 0 ? {} : { expected: `#${suggestion}` } });
}
function reportUnlinkedArchives(check2, managed) {
  const { repo, collector, programmePath } = check2;
  const archives = findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const archivesBlock = managed.blocks.find((block) => block.kind === "archives");
  const firstArchiveLink = archives.map((archive) => check2.reached.get(archive.path)).find((place) => place !== void 0);
  for (const archive of archives) {
    if (check2.reached.has(archive.path)) continue;
    const link2 = linkFromFolder(check2.folder, archive.path);
    collector.add("archive-not-linked", "warning", "archive-not-linked", { path: archive.path, link: link2 }, archivesBlock?.position ?? firstArchiveLink ?? titlePosition(check2.tree), {
      expected: link2
    });
  }
  if (archives.length > 0 && !archivesBlock && !managed.problems.some((problem) => problem.kind === "archives")) {
    suggestMarkers(collector, "archives", firstArchiveLink ?? titlePosition(check2.tree));
  }
}
function reportManagedBlocks(check2, managed, text5) {
  const { repo, collector, programmePath } = check2;
  const renderings = languages.map((language) => renderBlockContents(programmePath, repo, language, check2.calendarFolder));
  const wantedHere = renderBlockContents(programmePath, repo, collector.language, check2.calendarFolder);
  for (const block of managed.blocks) {
    const current = text5.slice(block.contentStart, block.contentEnd);
    if (renderings.every((contents) => contents[block.kind] === void 0)) {
      collector.add("calendar-link-no-repository", "warning", "calendar-link-no-repository", {}, block.position);
      continue;
    }
    if (renderings.some((contents) => blockText(contents[block.kind] ?? [], block.eol) === current)) continue;
    collector.add("managed-block-stale", "warning", "managed-block-stale", { kind: block.kind }, block.position, {
      actual: current.replace(/\r?\n$/, ""),
      expected: (wantedHere[block.kind] ?? []).join("\n")
    });
  }
  for (const problem of managed.problems) {
    const [marker, missing] = problem.problem === "unclosed" ? [openingMarker(problem.kind), closingMarker(problem.kind)] : [closingMarker(problem.kind), openingMarker(problem.kind)];
    collector.add("managed-block-unpaired", "warning", "managed-block-unpaired", { marker, missing }, problem.position);
  }
  const present = /* @__PURE__ */ new Set([...managed.blocks.map((block) => block.kind), ...managed.problems.map((problem) => problem.kind)]);
  if (!present.has("calendar")) suggestMarkers(collector, "calendar", titlePosition(check2.tree));
}
function suggestMarkers(collector, kind, position2) {
  collector.add("managed-block-missing", "info", "managed-block-missing", { kind, opening: openingMarker(kind), closing: closingMarker(kind) }, position2, {
    expected: `${openingMarker(kind)}
${closingMarker(kind)}`
  });
}
function titlePosition(tree) {
  return tree.children.find((node2) => node2.type === "heading")?.position;
}

// src/links/check-report-links.ts
async function checkReportLinks(reports, settings, language) {
  const cache = /* @__PURE__ */ new Map();
  const checked = [];
  for (const report2 of reports) {
    const collector = new DiagnosticCollector(language);
    const listFiles = await needsFileList(report2, settings);
    await checkLinks(report2, await repositoryFor(report2.path, settings, cache, { listFiles }), collector);
    const links = settleDiagnostics(collector.diagnostics, report2.read, report2.engine?.rules);
    checked.push({ ...report2, diagnostics: [...report2.diagnostics, ...links].sort(compareDiagnostics) });
  }
  return checked;
}
async function needsFileList(report2, settings) {
  if (report2.read.source.text.includes("programme-sync:")) return true;
  if (collectLinks(report2.read.tree).some((link2) => classifyDestination(link2.url).kind === "relative")) return true;
  const prefix = literalFolders(settings.archivesGlob);
  if (prefix.length === 0) return true;
  return (0, import_promises7.stat)((0, import_node_path15.join)((0, import_node_path15.dirname)((0, import_node_path15.resolve)(report2.path)), ...prefix)).then(
    () => true,
    () => false
  );
}

// src/links/refresh-link-blocks.ts
var import_promises8 = require("node:fs/promises");
var byteOrderMark = "\uFEFF";
async function refreshLinkBlocks(path2, options) {
  const original = await (0, import_promises8.readFile)(path2, "utf8");
  const unchanged = { path: path2, original, content: original, changed: false, blocks: [], problems: [] };
  if (!original.includes("programme-sync:")) return unchanged;
  const repo = await repositoryFor(path2, options.settings, options.cache);
  const programmePath = await repositoryPathOf(repo, path2);
  if (programmePath === void 0 || isArchivedProgramme(programmePath, repo.archivesGlob)) return unchanged;
  const bom = original.startsWith(byteOrderMark) ? byteOrderMark : "";
  const text5 = original.slice(bom.length);
  const calendarFolder = options.calendarDir === void 0 ? void 0 : await repositoryFolderOf(repo, options.calendarDir);
  const rendered = renderBlockContents(programmePath, repo, options.language, calendarFolder);
  const contents = Object.fromEntries(
    Object.entries(rendered).filter(([kind]) => options.kinds === void 0 || options.kinds.includes(kind))
  );
  const tree = options.parsed && options.parsed.text === text5 ? options.parsed.tree : void 0;
  const result = tree ? refreshManagedBlocks(text5, contents, tree) : refreshManagedBlocks(text5, contents);
  return { path: path2, original, content: bom + result.text, changed: result.changed, blocks: result.blocks, problems: result.problems };
}

// src/discover-programmes.ts
var import_promises9 = require("node:fs/promises");
var import_node_path16 = require("node:path");

// src/decode-text.ts
var import_node_buffer = require("node:buffer");
function decodeText(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const binary = buffer.subarray(0, 8e3).includes(0);
  let text5 = buffer.toString("utf8");
  let bom = 0;
  if (text5.charCodeAt(0) === 65279) {
    text5 = text5.slice(1);
    bom = 1;
  }
  if ((0, import_node_buffer.isUtf8)(buffer)) return { text: text5, binary };
  const badByte = firstInvalidUtf8Byte(buffer);
  const offset = Math.max(0, buffer.subarray(0, badByte).toString("utf8").length - bom);
  return { text: text5, binary, invalidUtf8Offset: offset };
}
function firstInvalidUtf8Byte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 192) !== 128) return i;
    const second = bytes[i + 1] ?? 0;
    if (lead === 224 && second < 160 || lead === 237 && second > 159 || lead === 240 && second < 144 || lead === 244 && second > 143) return i;
    i += length;
  }
  return bytes.length;
}

// src/programme/column-roles.ts
var roleWords = [
  ["dates", ["date", "dates"]],
  ["hours", ["horaire", "horaires", "heure", "heures", "horraire", "horraires"]],
  ["place", ["lieu", "lieux", "salle", "salles", "adresse"]],
  ["audience", ["public", "publics", "audience", "participants", "mentors", "promotion"]],
  ["theme", ["thematique", "thematiques", "theme", "themes", "sujet", "sujets"]],
  ["title", ["session", "sessions", "seance", "seances", "evenement", "evenements", "titre", "intitule", "activite", "activites", "rendez-vous"]]
];
function columnRole(header) {
  const words = normaliseText(header).split(/[^a-z0-9-]+/).filter(Boolean);
  for (const [role, keys] of roleWords) {
    if (words.some((word) => keys.includes(word))) return role;
  }
  return void 0;
}

// src/programme/find-schedule-table.ts
function findScheduleTable(root2) {
  for (const node2 of walkNodes(root2)) {
    if (node2.type !== "table") continue;
    const columns = readColumns(node2);
    if (columns.some((column) => column.role === "dates")) return { table: node2, columns };
  }
  return void 0;
}
function readColumns(table) {
  const header = table.children[0];
  if (!header) return [];
  const seen = /* @__PURE__ */ new Set();
  return header.children.map((cell, index2) => {
    const text5 = plainText(cell);
    let role = columnRole(text5);
    if (role && seen.has(role)) role = void 0;
    if (role) seen.add(role);
    return { index: index2, header: text5, ...role ? { role } : {}, position: cell.position };
  });
}
function findHtmlScheduleTables(root2) {
  const htmlNodes = [];
  for (const node2 of walkNodes(root2)) if (node2.type === "html") htmlNodes.push(node2);
  const found = [];
  let open2;
  let reported = false;
  for (const node2 of htmlNodes) {
    if (/<table\b/i.test(node2.value)) {
      open2 = node2;
      reported = false;
    }
    if (open2 && !reported && /<th\b[^>]*>\s*dates?\b/i.test(node2.value)) {
      found.push(open2);
      reported = true;
    }
    if (/<\/table>/i.test(node2.value)) open2 = void 0;
  }
  return found;
}

// src/discover-programmes.ts
async function discoverProgrammes(root2) {
  const candidates2 = (await listFolderFiles(root2)).filter((path2) => /\.(md|markdown)$/i.test(path2)).map((path2) => (0, import_node_path16.join)(root2, path2));
  const programmes = [];
  for (const file of candidates2) {
    const bytes = await (0, import_promises9.readFile)(file).catch(() => void 0);
    if (bytes === void 0) continue;
    const decoded = decodeText(bytes);
    if (decoded.binary || !decoded.text.includes("|") || !/date/i.test(decoded.text)) continue;
    const path2 = toDisplayPath((0, import_node_path16.relative)(process.cwd(), file));
    let tree;
    try {
      tree = parseMarkdown(decoded.text);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      programmes.push({ path: path2, decoded });
      continue;
    }
    if (findScheduleTable(tree)) programmes.push({ path: path2, decoded, tree });
  }
  return programmes;
}
function toDisplayPath(path2) {
  return path2.split(import_node_path16.sep).join("/");
}

// src/read-text-file.ts
var import_promises10 = require("node:fs/promises");
async function readTextFile(path2) {
  let bytes;
  try {
    bytes = await (0, import_promises10.readFile)(path2);
  } catch (error) {
    throw new UsageError(`cannot read ${path2}: ${describeIoError(error)}`);
  }
  return decodeText(bytes);
}
function describeIoError(error, language = "en") {
  const code3 = error?.code;
  return say(language, "io-reason", { code: code3, detail: error instanceof Error ? error.message : String(error) });
}

// src/report/counts.ts
function countDiagnostics(files) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}

// src/report/session-json.ts
function formatTime(time) {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}
function sessionToJson(session) {
  const dates = session.dates.value;
  return {
    title: session.title.text,
    line: session.position.start.line,
    status: session.status,
    days: dates ? dates.days.map(toIsoDate) : [],
    ...dates?.alternatives ? { alternatives: dates.alternatives.map((days) => days.map(toIsoDate)) } : {},
    times: (session.hours?.value ?? []).map((slot) => ({
      label: slot.label ?? null,
      start: formatTime(slot.start),
      end: slot.end ? formatTime(slot.end) : null
    })),
    place: session.place?.text || null,
    audience: session.audience?.text || null
  };
}

// src/report/json-report.ts
function toJsonReport(files) {
  const { errors, warnings } = countDiagnostics(files);
  return {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      sessions: file.programme.sessions.map(sessionToJson),
      diagnostics: file.diagnostics
    })),
    errors,
    warnings
  };
}
function formatJsonReport(files) {
  return JSON.stringify(toJsonReport(files), null, 2) + "\n";
}

// src/report/text-report.ts
function formatTextReport(files, language) {
  const lines = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      lines.push(`${file.path}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.rule}`);
    }
  }
  if (lines.length > 0) lines.push("");
  for (const file of files) {
    lines.push(say(language, "summary-file", { path: file.path, sessions: file.programme.sessions.length }));
    for (const session of file.programme.sessions) lines.push("  " + sessionLine(session, language));
  }
  const { errors, warnings } = countDiagnostics(files);
  lines.push("", say(language, "summary-totals", { errors, warnings, files: files.length }));
  return lines.join("\n") + "\n";
}
function sessionLine(session, language) {
  const parts = [`${String(session.position.start.line).padStart(4)}  ${when(session, language)}`];
  const times = (session.hours?.value ?? []).map(
    (slot) => `${slot.label ? slot.label + " " : ""}${formatTime(slot.start)}${slot.end ? "-" + formatTime(slot.end) : ""}`
  );
  if (times.length > 0) parts.push(times.join(", "));
  parts.push(session.title.text || "\u2014");
  if (session.status !== "confirmed") parts.push(say(language, "summary-status", { status: session.status }));
  return parts.join("  ");
}
function when(session, language) {
  const dates = session.dates.value;
  if (!dates) return say(language, "summary-undated", {}).padEnd(10);
  if (dates.alternatives) {
    return dates.alternatives.map((days) => days.map(toIsoDate).join(" ")).join(say(language, "summary-or", {}));
  }
  const first = dates.days[0];
  const last = dates.days.at(-1);
  if (dates.expression.kind === "range" && dates.days.length > 1) {
    return say(language, "summary-range", { from: toIsoDate(first), to: toIsoDate(last) });
  }
  return dates.days.map(toIsoDate).join(" ");
}

// src/write-file-atomic.ts
var import_promises11 = require("node:fs/promises");
var import_node_path17 = require("node:path");
var temporaryName = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;
function temporaryPathFor(path2) {
  const random = process.getBuiltinModule("node:crypto").randomBytes(6).toString("hex");
  return (0, import_node_path17.join)((0, import_node_path17.dirname)(path2), `.${(0, import_node_path17.basename)(path2)}.${process.pid}-${random}.tmp`);
}
async function writeTemporaryFile(path2, data) {
  const temporary = temporaryPathFor(path2);
  let handle2;
  try {
    handle2 = await (0, import_promises11.open)(temporary, "wx");
    await handle2.writeFile(data);
    await handle2.sync();
    await handle2.close();
    return temporary;
  } catch (error) {
    await handle2?.close().catch(() => void 0);
    await (0, import_promises11.unlink)(temporary).catch(() => void 0);
    throw error;
  }
}
async function moveIntoPlace(temporary, path2) {
  await (0, import_promises11.rename)(temporary, path2);
  const folder = await (0, import_promises11.open)((0, import_node_path17.dirname)(path2), "r").catch(() => void 0);
  await folder?.sync().catch(() => void 0);
  await folder?.close().catch(() => void 0);
}
async function removeStaleTemporaryFiles(path2) {
  const folder = (0, import_node_path17.dirname)(path2);
  const names = await (0, import_promises11.readdir)(folder).catch(() => []);
  const removed = [];
  for (const name of names) {
    const match = temporaryName.exec(name);
    if (!match || match[1] !== (0, import_node_path17.basename)(path2) || isRunning(Number(match[2]))) continue;
    const stale = (0, import_node_path17.join)(folder, name);
    if (await (0, import_promises11.unlink)(stale).then(() => true, () => false)) removed.push(stale);
  }
  return removed;
}
function isRunning(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/write-file-set.ts
var import_node_fs = require("node:fs");
var import_promises12 = require("node:fs/promises");
var import_node_path18 = require("node:path");
var FileSetWriteError = class extends Error {
  constructor(path2, cause, written, notWritten) {
    super(`cannot write ${path2}`);
    this.path = path2;
    this.cause = cause;
    this.written = written;
    this.notWritten = notWritten;
  }
  path;
  cause;
  written;
  notWritten;
  name = "FileSetWriteError";
};
async function prepareFileSet(files) {
  const prepared = { files: [], createdFolders: [] };
  for (const file of files) {
    try {
      const first = await (0, import_promises12.mkdir)((0, import_node_path18.dirname)(file.path), { recursive: true });
      if (first !== void 0) prepared.createdFolders.push(...foldersBetween(first, (0, import_node_path18.dirname)(file.path)));
      await refuseReadOnlyTarget(file.path);
      prepared.files.push({ path: file.path, temporary: await writeTemporaryFile(file.path, file.content) });
    } catch (error) {
      await abandonFileSet(prepared);
      throw new FileSetWriteError(file.path, error, [], files.map((f) => f.path));
    }
  }
  return prepared;
}
async function commitFileSet(prepared) {
  const written = [];
  for (const [index2, file] of prepared.files.entries()) {
    try {
      await moveIntoPlace(file.temporary, file.path);
      written.push(file.path);
    } catch (error) {
      const rest = prepared.files.slice(index2);
      for (const left of rest) await (0, import_promises12.unlink)(left.temporary).catch(() => void 0);
      throw new FileSetWriteError(file.path, error, written, rest.map((f) => f.path));
    }
  }
}
async function writeFileSet(files) {
  await commitFileSet(await prepareFileSet(files));
}
async function abandonFileSet(prepared) {
  for (const file of prepared.files) await (0, import_promises12.unlink)(file.temporary).catch(() => void 0);
  for (const folder of [...prepared.createdFolders].reverse()) await (0, import_promises12.rmdir)(folder).catch(() => void 0);
}
async function refuseReadOnlyTarget(path2) {
  try {
    await (0, import_promises12.access)(path2, import_node_fs.constants.W_OK);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}
function foldersBetween(first, last) {
  const folders = [];
  const top = (0, import_node_path18.resolve)(first);
  for (let folder = (0, import_node_path18.resolve)(last); folder.startsWith(top); folder = (0, import_node_path18.dirname)(folder)) {
    folders.unshift(folder);
    if (folder === top) break;
  }
  return folders;
}

// src/config/engine-settings.ts
var DEFAULT_LANGUAGE = "en";
var DEFAULT_TIMEZONE = "Europe/Paris";
function engineOptionsFor(config, overrides) {
  const year = overrides.year ?? config.year;
  const rules2 = { ...config.rules, ...overrides.rules };
  return {
    language: overrides.language ?? config.language ?? DEFAULT_LANGUAGE,
    timezone: overrides.timezone ?? config.timezone ?? DEFAULT_TIMEZONE,
    ...year === void 0 ? {} : { year },
    ...Object.keys(rules2).length > 0 ? { rules: rules2 } : {},
    ...config.outDir === void 0 ? {} : { calendarDir: config.outDir }
  };
}

// src/config/config-file.ts
var import_node_fs2 = require("node:fs");
var import_promises13 = require("node:fs/promises");
var import_node_path19 = require("node:path");

// src/dates/time-zone.ts
function isValidTimeZone(name) {
  if (!name.includes("/") && name !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// src/config/config-file.ts
var CONFIG_FILE_NAME = ".programme-sync.json";
function findConfigFile(programmePath, cwd) {
  let folder = (0, import_node_path19.dirname)((0, import_node_path19.resolve)(cwd, programmePath));
  const visited = [];
  for (; ; ) {
    visited.push(folder);
    if ((0, import_node_fs2.existsSync)((0, import_node_path19.join)(folder, ".git"))) {
      return visited.map((f) => (0, import_node_path19.join)(f, CONFIG_FILE_NAME)).find((candidate) => (0, import_node_fs2.existsSync)(candidate));
    }
    const parent = (0, import_node_path19.dirname)(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const here = (0, import_node_path19.join)(cwd, CONFIG_FILE_NAME);
  return (0, import_node_fs2.existsSync)(here) ? here : void 0;
}
async function loadConfigFile(path2, displayPath, language) {
  let data;
  try {
    data = JSON.parse(await (0, import_promises13.readFile)(path2, "utf8"));
  } catch (error) {
    throw new UsageError(say(language, "config-invalid-json", { file: displayPath, detail: error.message }));
  }
  const config = validateConfig(data, displayPath, language);
  if (config.outDir !== void 0) config.outDir = (0, import_node_path19.resolve)((0, import_node_path19.dirname)(path2), config.outDir);
  return config;
}
function validateConfig(data, file, language) {
  if (!isPlainObject2(data)) throw new UsageError(say(language, "config-invalid-json", { file, detail: "not an object" }));
  const config = {};
  const bad = (key, value) => new UsageError(say(language, "config-bad-value", { file, key, value: JSON.stringify(value) ?? String(value) }));
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case "rules": {
        if (!isPlainObject2(value)) throw bad("rules", value);
        const rules2 = {};
        for (const [id, setting] of Object.entries(value)) rules2[id] = validateRuleSetting(`${file}: rules`, id, setting, language);
        config.rules = rules2;
        break;
      }
      case "timezone":
        if (typeof value !== "string" || !isValidTimeZone(value)) throw bad("timezone", value);
        config.timezone = value;
        break;
      case "year":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1e3 || value > 9999) throw bad("year", value);
        config.year = value;
        break;
      case "language":
        if (!isLanguage(value)) throw bad("language", value);
        config.language = value;
        break;
      case "outDir":
        if (typeof value !== "string" || value.trim() === "" || (0, import_node_path19.isAbsolute)(value)) throw bad("outDir", value);
        config.outDir = value;
        break;
      case "$schema":
        break;
      default:
        throw new UsageError(say(language, "config-unknown-key", { file, key }));
    }
  }
  return config;
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/config-for-file.ts
async function configForFile(programmePath, cwd, language, cache) {
  const configPath = findConfigFile(programmePath, cwd);
  if (!configPath) return {};
  const cached = cache.get(configPath);
  if (cached) return cached;
  const config = await loadConfigFile(configPath, toDisplayPath(configPath), language);
  cache.set(configPath, config);
  return config;
}

// src/dates/resolve-dates.ts
var longestRangeDays = 366;
function dayCount(from, to) {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 864e5) + 1;
}
function sortedUnique(days) {
  const sorted = [...days].sort(compareDates);
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return prev === void 0 || compareDates(prev, d) !== 0;
  });
}
function resolveDates(expression, inferred) {
  const mentions = [];
  const days = [];
  for (const [k, mention] of expression.mentions.entries()) {
    const year = inferred.years[k] ?? inferred.years[inferred.years.length - 1];
    if (year === void 0 || !isRealDate(year, mention.month, mention.day)) {
      return { ok: false, invalid: { mention, year: year ?? Number.NaN } };
    }
    mentions.push({ ...mention, resolvedYear: year });
    days.push({ year, month: mention.month, day: mention.day });
  }
  const value = { expression, days: [], yearSource: inferred.source, mentions };
  switch (expression.kind) {
    case "range": {
      const [from, to] = days;
      const [fromMention, toMention] = expression.mentions;
      if (from === void 0 || to === void 0 || fromMention === void 0 || toMention === void 0) {
        value.days = days;
        break;
      }
      if (compareDates(to, from) < 0) return { ok: false, backwards: { from: fromMention, to: toMention } };
      if (dayCount(from, to) > longestRangeDays) return { ok: false, tooLong: { days: dayCount(from, to) } };
      value.days = daysFromTo(from, to);
      break;
    }
    case "alternatives":
      value.days = sortedUnique(days);
      value.alternatives = days.map((d) => [d]);
      break;
    case "set":
      value.days = sortedUnique(days);
      break;
    case "single":
      value.days = days;
      break;
  }
  return { ok: true, value };
}

// src/dates/year-inference.ts
function yearsFrom(expression, base) {
  const years = [];
  let year = base;
  let previousMonth;
  for (const m of expression.mentions) {
    if (m.year !== void 0) year = m.year;
    else if (previousMonth !== void 0 && m.month < previousMonth) year++;
    years.push(year);
    previousMonth = m.month;
  }
  return years;
}
function firstMonth(e) {
  return e.mentions[0]?.month ?? 0;
}
function lastMonth(e) {
  return e.mentions[e.mentions.length - 1]?.month ?? 0;
}
function sectionAnchors(rows, dates, fixed) {
  rows.forEach((row, i) => {
    if (row === void 0 || fixed.has(i)) return;
    row.mentions.forEach((m, k) => {
      if (fixed.has(i)) return;
      const match = dates.find((d) => d.day === m.day && d.month === m.month);
      if (match === void 0) return;
      const relative7 = yearsFrom(row, 0);
      const shift = match.year - (relative7[k] ?? 0);
      fixed.set(i, { years: relative7.map((y) => y + shift), source: "section" });
    });
  });
}
function inferYears(rows, hints) {
  const out = rows.map(() => void 0);
  const fixed = /* @__PURE__ */ new Map();
  rows.forEach((row, i) => {
    const y = row?.mentions[0]?.year;
    if (row !== void 0 && y !== void 0) fixed.set(i, { years: yearsFrom(row, y), source: "cell" });
  });
  const firstDated = rows.findIndex((r) => r !== void 0 && r.mentions.length > 0);
  const anchorFirst = (year, source) => {
    const row = rows[firstDated];
    if (row !== void 0 && !fixed.has(firstDated)) fixed.set(firstDated, { years: yearsFrom(row, year), source });
  };
  if (hints.columnHeaderYear !== void 0) anchorFirst(hints.columnHeaderYear, "column-header");
  else if (hints.headingYear !== void 0) anchorFirst(hints.headingYear, "heading");
  else {
    const before = fixed.size;
    if (hints.sectionDates !== void 0 && before === 0) sectionAnchors(rows, hints.sectionDates, fixed);
    if (fixed.size === before && hints.optionYear !== void 0) anchorFirst(hints.optionYear, "option");
  }
  const anchors = [...fixed.keys()].sort((a, b) => a - b);
  const first = anchors[0];
  if (first === void 0) return out;
  let running = { year: 0, month: 0, base: 0, source: "cell", from: first };
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    if (row === void 0 || row.mentions.length === 0) continue;
    const f = fixed.get(i);
    let years;
    if (f !== void 0) {
      years = f.years;
      out[i] = { years, source: f.source };
      running = { year: 0, month: 0, base: years[0] ?? 0, source: f.source, from: i };
    } else {
      const base2 = firstMonth(row) < running.month ? running.year + 1 : running.year;
      years = yearsFrom(row, base2);
      const counted = running.source === "cell" || base2 !== running.base ? "rollover" : running.source;
      out[i] = { years, source: counted, from: running.from };
    }
    running.year = years[years.length - 1] ?? running.year;
    running.month = lastMonth(row);
  }
  const anchor = fixed.get(first);
  const firstRow = rows[first];
  if (anchor === void 0 || firstRow === void 0) return out;
  let up = { year: anchor.years[0] ?? 0, month: firstMonth(firstRow) };
  const base = anchor.years[0] ?? 0;
  for (let i = first - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === void 0 || row.mentions.length === 0) continue;
    const target = lastMonth(row) > up.month ? up.year - 1 : up.year;
    const relative7 = yearsFrom(row, 0);
    const shift = target - (relative7[relative7.length - 1] ?? 0);
    const years = relative7.map((y) => y + shift);
    const source = anchor.source === "cell" || years[0] !== base ? "rollover" : anchor.source;
    out[i] = { years, source, from: first };
    up = { year: years[0] ?? target, month: firstMonth(row) };
  }
  return out;
}

// src/dates/years.ts
var isDigit3 = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isAlnum = (ch) => ch !== void 0 && (isDigit3(ch) || new RegExp("\\p{L}", "u").test(ch));
function extractYear(text5) {
  let i = 0;
  while (i < text5.length) {
    if (!isDigit3(text5[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit3(text5[j])) j++;
    const before = text5[i - 1];
    const after = text5[j];
    if (j - i === 4 && !isAlnum(before) && before !== ":" && !isAlnum(after)) {
      const year = Number(text5.slice(i, j));
      if (year >= 1900 && year <= 2199) return year;
    }
    i = j;
  }
  return void 0;
}

// src/programme/swapped-columns.ts
function hoursAndPlaceSwapped(hours, place) {
  if (!hours || !place || hours.text === "" || place.text === "") return false;
  const inPlace = parseFrenchHours(place.text);
  if (!inPlace.ok || inPlace.slots.length === 0) return false;
  const inHours = parseFrenchHours(hours.text);
  return inHours.ok && inHours.slots.length === 0 && new RegExp("\\p{L}", "u").test(hours.text) && !/^(tbc|tbd|nc)$/i.test(hours.text.trim());
}

// src/programme/read-rows.ts
var cancelledWords = /(^|[^a-z])(annule|annulee|annulation|cancelled|canceled)([^a-z]|$)/;
function readRows(rows, columns) {
  const drafts = [];
  rows.forEach((row, rowIndex) => {
    const cells = row.children.map((cell) => {
      const text5 = plainText(cell);
      return { text: text5, value: text5, position: contentPosition(cell) };
    });
    if (cells.every((cell) => cell.text === "")) return;
    if (isConflictMarkerText(cells[0]?.text ?? "")) return;
    const byRole = {};
    for (const column of columns) {
      const cell = cells[column.index];
      if (column.role && cell) byRole[column.role] = cell;
    }
    const title = byRole.title ?? (byRole.theme?.text ? byRole.theme : void 0) ?? byRole.audience ?? emptyFieldAt(row.position);
    drafts.push({
      rowIndex,
      position: row.position,
      cells,
      byRole,
      title: cleanTitle(title),
      status: isCancelled(row, cells) ? "cancelled" : "confirmed"
    });
  });
  return drafts;
}
function isCancelled(row, cells) {
  const struck = row.children.filter((cell) => cell.children.length > 0);
  if (struck.length > 0 && struck.every((cell) => isStruckThrough(cell))) return true;
  const first = row.children[0];
  if (first && isStruckThrough(first)) return true;
  return cells.some((cell) => cancelledWords.test(normaliseText(cell.text)));
}
function cleanTitle(field) {
  const text5 = field.text.replace(/\[\s*annul[eé]e?\s*\]/gi, "").replace(/\s+/g, " ").trim();
  return { ...field, text: text5, value: text5 };
}
function contentPosition(cell) {
  const first = cell.children[0]?.position;
  const last = cell.children.at(-1)?.position;
  return first && last ? { start: first.start, end: last.end } : cell.position;
}
function emptyFieldAt(position2) {
  return { text: "", value: "", position: position2 };
}

// src/programme/read-sections.ts
var fieldRoles = {
  heures: "hours",
  heure: "hours",
  horaires: "hours",
  horaire: "hours",
  lieu: "place",
  lieux: "place",
  salle: "place",
  adresse: "place",
  theme: "theme",
  thematique: "theme"
};
function readSections(root2, source, tableLine) {
  const nodes = root2.children;
  const drafts = [];
  for (let i = 0; i < nodes.length; i++) {
    const node2 = nodes[i];
    if (node2.type !== "heading") continue;
    const draft = readHeading(node2, source);
    if (!draft) continue;
    if (tableLine !== void 0 && node2.position.start.line < tableLine) continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === "heading" && nodes[end].depth <= node2.depth)) end++;
    const body = nodes.slice(i + 1, end);
    const last = body.at(-1) ?? node2;
    draft.position = { start: node2.position.start, end: last.position.end };
    draft.fields = readFields(body, source);
    drafts.push(draft);
    i = end - 1;
  }
  return drafts;
}
function readHeading(node2, source) {
  const text5 = plainText(node2);
  const found = extractDateFromHeading(text5);
  if (!found) return void 0;
  const headingField = { text: text5, value: text5, position: node2.position };
  const dateText = text5.slice(found.start, found.end).trim();
  return {
    heading: headingField,
    depth: node2.depth,
    dateText: { text: dateText, value: dateText, position: source.find(node2.position, dateText) },
    parsed: parseFrenchDate(dateText),
    fields: [],
    position: node2.position
  };
}
function readFields(body, source) {
  const fields = [];
  for (const node2 of body) {
    if (node2.type === "heading") break;
    if (node2.type === "list") fields.push(...readListFields(node2, source));
    if (node2.type === "paragraph") {
      const field = readLabelled(node2, source);
      if (field) fields.push(field);
    }
  }
  return fields;
}
function readListFields(list3, source) {
  const fields = [];
  for (const item of list3.children) {
    const first = item.children[0];
    if (first?.type !== "paragraph") continue;
    const field = readLabelled(first, source);
    if (field) fields.push(field);
  }
  return fields;
}
function readLabelled(paragraph2, source) {
  const text5 = plainText(paragraph2);
  const colon = text5.indexOf(":");
  if (colon <= 0 || colon > 40) return void 0;
  const name = text5.slice(0, colon).trim();
  if (!name || /\d/.test(name)) return void 0;
  const value = text5.slice(colon + 1).trim();
  const role = fieldRoles[normaliseText(name)];
  const raw = source.slice(paragraph2.position);
  const rawColon = raw.indexOf(":");
  const base = paragraph2.position.start.offset ?? 0;
  let start = base + rawColon + 1;
  while (start < base + raw.length && /\s/.test(source.text[start])) start++;
  let end = base + raw.length;
  while (end > start && /\s/.test(source.text[end - 1])) end--;
  const position2 = rawColon >= 0 ? source.span(start, end) : paragraph2.position;
  return { name, ...role ? { role } : {}, field: { text: value, value, position: position2 } };
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point3) {
    if (point3 && typeof point3.line === "number" && typeof point3.column === "number" && !Number.isNaN(point3.line) && // Excludes `NaN` too.
    point3.column > 0) {
      while (indices.length < point3.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point3.line > 1 ? indices[point3.line - 2] : 0) + point3.column - 1;
      if (offset < indices[point3.line - 1]) return offset;
    }
  }
}

// src/programme/source-text.ts
var SourceText = class {
  constructor(text5) {
    this.text = text5;
    this.place = location(text5);
  }
  text;
  place;
  /** The source text a position covers. */
  slice(position2) {
    return this.text.slice(position2.start.offset ?? 0, position2.end.offset ?? 0);
  }
  /** A position covering source offsets [start, end). */
  span(start, end) {
    const from = this.place.toPoint(start);
    const to = this.place.toPoint(end) ?? this.place.toPoint(this.text.length);
    return {
      start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
      end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end }
    };
  }
  /**
   * Where a piece of plain text sits inside a node's source, when it appears there
   * verbatim; otherwise the node itself (markup inside the piece makes it unfindable).
   */
  find(node2, piece) {
    const source = this.slice(node2);
    const at = piece ? source.indexOf(piece) : -1;
    if (at < 0) return node2;
    const base = node2.start.offset ?? 0;
    return this.span(base + at, base + at + piece.length);
  }
};

// src/programme/read-programme.ts
function readProgramme(text5, options, report2, parsed) {
  const source = new SourceText(text5);
  let tree;
  try {
    tree = parsed ?? parseMarkdown(text5);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    report2.add("too-deeply-nested", "error", "too-deeply-nested", {}, void 0);
    return emptyRead(text5);
  }
  const title = documentTitle(tree);
  const found = findScheduleTable(tree);
  if (!found) {
    const htmlTables = findHtmlScheduleTables(tree);
    for (const html2 of htmlTables) report2.add("html-table", "info", "html-table", {}, html2.position);
    if (htmlTables.length === 0) report2.add("no-schedule-table", "warning", "no-schedule-table", {}, void 0);
  }
  const [, ...bodyRows] = found?.table.children ?? [];
  const rows = found ? readRows(bodyRows, found.columns) : [];
  const tableLine = found?.table.position?.start.line;
  const sectionDrafts = readSections(tree, source, tableLine);
  const parsedRows = rows.map((row) => parseRowDates(row, report2));
  const hints = {
    ...defined("columnHeaderYear", found ? extractYear(found.columns.find((c) => c.role === "dates")?.header ?? "") : void 0),
    ...defined("headingYear", found ? headingYearAbove(tree, found.table.position.start.line) ?? yearOf2(title) : yearOf2(title)),
    sectionDates: explicitSectionDates(sectionDrafts),
    ...defined("optionYear", options.year)
  };
  const years = inferYears(parsedRows.map((p) => p?.ok ? p.value : void 0), hints);
  let missingYearReported = false;
  const sessions = rows.map((row, index2) => {
    const where = rowLabel(row, report2);
    const parsed2 = parsedRows[index2];
    let dates;
    if (parsed2?.ok) {
      const inferred = years[index2];
      if (!inferred) {
        if (!missingYearReported) {
          report2.add("missing-year", "error", "missing-year", { text: row.byRole.dates.text, where }, row.byRole.dates.position);
          missingYearReported = true;
        }
      } else {
        dates = resolveOrReport(parsed2.value, inferred, row.byRole.dates, where, report2);
      }
    }
    if (hoursAndPlaceSwapped(row.byRole.hours, row.byRole.place)) swapHoursAndPlace(row, found.columns, where, report2);
    const hours = row.byRole.hours ? readHours(row.byRole.hours, where, report2, true) : void 0;
    const session = {
      title: row.title,
      rowIndex: row.rowIndex,
      position: row.position,
      status: sessionStatus(row, parsed2, dates),
      dates: { text: row.byRole.dates?.text ?? "", value: dates, position: row.byRole.dates?.position ?? row.position },
      cells: row.cells,
      ...hours ? { hours } : {},
      ...row.byRole.place ? { place: row.byRole.place } : {},
      ...row.byRole.audience ? { audience: row.byRole.audience } : {},
      ...row.byRole.theme ? { theme: row.byRole.theme } : {}
    };
    return session;
  });
  const sections = sectionDrafts.map((draft) => readSection(draft, sessions, report2));
  const programme = {
    ...title ? { title } : {},
    ...found ? {
      table: {
        columns: found.columns,
        position: found.table.position,
        headerPosition: found.table.children[0].position
      }
    } : {},
    sessions,
    sections
  };
  return { programme, tree, source };
}
function swapHoursAndPlace(row, columns, where, report2) {
  const hours = row.byRole.hours;
  const place = row.byRole.place;
  const header = (role) => columns.find((column) => column.role === role)?.header ?? role;
  report2.add(
    "swapped-columns",
    "warning",
    "swapped-columns",
    { where, hours: place.text, place: hours.text, hoursHeader: header("hours"), placeHeader: header("place") },
    place.position
  );
  row.byRole.hours = place;
  row.byRole.place = hours;
}
function sessionStatus(row, parsed, dates) {
  if (row.status === "cancelled") return "cancelled";
  if (dates?.alternatives) return "tentative";
  if (parsed && !parsed.ok && parsed.reason === "empty" && row.byRole.dates?.text) return "tentative";
  return "confirmed";
}
function emptyRead(text5) {
  return { programme: { sessions: [], sections: [] }, tree: { type: "root", children: [] }, source: new SourceText(text5) };
}
function defined(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function documentTitle(tree) {
  const heading2 = tree.children.find((node2) => node2.type === "heading" && node2.depth === 1) ?? tree.children.find((node2) => node2.type === "heading");
  return heading2 ? plainText(heading2) : void 0;
}
function yearOf2(text5) {
  return text5 ? extractYear(text5) : void 0;
}
function headingYearAbove(tree, tableLine) {
  const headings = tree.children.filter(
    (node2) => node2.type === "heading" && node2.position.start.line < tableLine
  );
  for (const heading2 of headings.reverse()) {
    const year = extractYear(plainText(heading2));
    if (year !== void 0) return year;
  }
  return void 0;
}
function explicitSectionDates(drafts) {
  const dates = [];
  for (const draft of drafts) {
    if (!draft.parsed.ok) continue;
    for (const mention of draft.parsed.value.mentions) {
      if (mention.year !== void 0) dates.push({ year: mention.year, month: mention.month, day: mention.day });
    }
  }
  return dates;
}
function rowLabel(row, report2) {
  return report2.say("row-label", { title: row.title.text, line: row.position.start.line });
}
function parseRowDates(row, report2) {
  const cell = row.byRole.dates;
  if (!cell) return void 0;
  const parsed = parseFrenchDate(cell.text);
  if (parsed.ok) return parsed;
  if (parsed.reason === "empty") {
    if (cell.text === "") {
      if (row.title.text) report2.add("missing-date", "error", "missing-date", { title: row.title.text }, cell.position);
    } else {
      report2.add("date-to-be-confirmed", "info", "date-to-be-confirmed", { text: cell.text, where: rowLabel(row, report2) }, cell.position);
    }
  } else {
    report2.add("unreadable-date", "error", "unreadable-date", { text: cell.text, where: rowLabel(row, report2) }, cell.position, {
      actual: cell.text
    });
  }
  return parsed;
}
function resolveOrReport(expression, inferred, cell, where, report2) {
  const resolved = resolveDates(expression, inferred);
  if (resolved.ok) return resolved.value;
  if ("invalid" in resolved) {
    const { mention, year } = resolved.invalid;
    report2.add(
      "invalid-date",
      "error",
      "invalid-date",
      { text: cell.text, date: `${mention.day}/${String(mention.month).padStart(2, "0")}/${year}`, where },
      cell.position,
      { actual: cell.text }
    );
  } else if ("tooLong" in resolved) {
    report2.add("range-too-long", "error", "range-too-long", { text: cell.text, where, days: resolved.tooLong.days }, cell.position, { actual: cell.text });
  } else {
    report2.add("reversed-range", "error", "reversed-range", { text: cell.text, where }, cell.position, { actual: cell.text });
  }
  return void 0;
}
function readHours(cell, where, report2, reportUnreadable) {
  const parsed = parseFrenchHours(cell.text);
  if (parsed.ok) return { ...cell, value: parsed.slots };
  if (parsed.reason === "unreadable") {
    if (reportUnreadable) report2.add("unreadable-hours", "error", "unreadable-hours", { text: cell.text, where }, cell.position, { actual: cell.text });
  } else {
    report2.add(parsed.reason, "error", parsed.reason, { text: cell.text, detail: parsed.detail, where }, cell.position, {
      actual: parsed.detail
    });
  }
  return { ...cell, value: void 0 };
}
function readSection(draft, sessions, report2) {
  const where = report2.say("section-label", { heading: draft.heading.text });
  let dates;
  if (draft.parsed.ok) {
    const years = sectionYears(draft.parsed.value, sessions);
    if (years) dates = resolveOrReport(draft.parsed.value, years, draft.dateText, where, report2);
  }
  const field = (role) => draft.fields.find((f) => f.role === role)?.field;
  const hoursField = field("hours");
  const place = field("place");
  const theme = field("theme");
  return {
    heading: draft.heading,
    depth: draft.depth,
    dates: { ...draft.dateText, value: dates },
    // Section hours are prose as often as times (`arriver jeudi entre 10h et 10h30...`):
    // an unreadable one is left unread rather than reported.
    ...hoursField ? { hours: readHours(hoursField, where, report2, false) } : {},
    ...place ? { place } : {},
    ...theme ? { theme } : {},
    fields: draft.fields,
    position: draft.position
  };
}
function sectionYears(expression, sessions) {
  if (expression.mentions.every((m) => m.year !== void 0)) {
    return { years: expression.mentions.map((m) => m.year), source: "cell" };
  }
  const first = expression.mentions[0];
  for (const session of sessions) {
    const match = session.dates.value?.mentions.find((m) => m.day === first.day && m.month === first.month);
    if (match) return withYear(expression, match.resolvedYear, "section");
  }
  const start = sessions.find((s) => s.dates.value)?.dates.value?.days[0];
  if (!start) return void 0;
  return withYear(expression, first.month < start.month ? start.year + 1 : start.year, "rollover");
}
function withYear(expression, year, source) {
  let running = year;
  let previousMonth = expression.mentions[0].month;
  const years = expression.mentions.map((mention) => {
    if (mention.year !== void 0) return running = mention.year;
    if (mention.month < previousMonth) running++;
    previousMonth = mention.month;
    return running;
  });
  return { years, source };
}

// src/rules/run-rules.ts
function runRules(input, collector) {
  for (const rule25 of rules) rule25.check?.(contextFor(rule25, input, collector));
}

// src/pipeline.ts
function checkDecoded(path2, decoded, options, parsed) {
  const report2 = new DiagnosticCollector(options.language);
  let read;
  if (decoded.binary) {
    report2.add("binary-file", "error", "binary-file", {}, void 0);
    read = emptyRead("");
  } else {
    read = readProgramme(decoded.text, options.year === void 0 ? {} : { year: options.year }, report2, parsed);
    if (decoded.invalidUtf8Offset !== void 0) {
      const at = decoded.invalidUtf8Offset;
      report2.add("invalid-utf8", "warning", "invalid-utf8", {}, read.source.span(at, Math.min(at + 1, decoded.text.length)));
    }
    runRules(read, report2);
  }
  const diagnostics = settleDiagnostics(report2.diagnostics, read, options.rules);
  return { path: path2, programme: read.programme, diagnostics, read, engine: options };
}

// src/check-programme-files.ts
async function checkProgrammeFiles(sources, settings) {
  const reports = [];
  const configs = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const path2 = typeof source === "string" ? source : source.path;
    const config = await configForFile(path2, process.cwd(), settings.language, configs);
    const options = engineOptionsFor(config, settings.overrides);
    reports.push(typeof source === "string" ? checkDecoded(path2, await readTextFile(path2), options) : checkDecoded(path2, source.decoded, options, source.tree));
  }
  return reports;
}

// src/config/rule-flags.ts
function parseRuleFlags(flags, language) {
  const settings = {};
  for (const flag of flags) {
    const equals = flag.indexOf("=");
    if (equals <= 0) throw new UsageError(say(language, "flag-rule-syntax", { value: flag }));
    const id = flag.slice(0, equals).trim();
    settings[id] = validateRuleSetting("--rule", id, flag.slice(equals + 1).trim(), language);
  }
  return settings;
}

// src/commands/common-options.ts
var commonOptionSpec = {
  format: { type: "string", default: "text" },
  year: { type: "string" },
  timezone: { type: "string" },
  lang: { type: "string" },
  rule: { type: "string", multiple: true },
  help: { type: "boolean", short: "h", default: false }
};
function readCommonOptions(values) {
  const format = values["format"] ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${String(format)}"`);
  const overrides = {};
  const lang = values["lang"];
  if (lang !== void 0) {
    if (!isLanguage(lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(lang)}"`);
    overrides.language = lang;
  }
  const language = overrides.language ?? DEFAULT_LANGUAGE;
  const timezone = values["timezone"];
  if (timezone !== void 0) {
    if (typeof timezone !== "string" || !isValidTimeZone(timezone)) {
      throw new UsageError(`--timezone must be an IANA time zone such as "Europe/Paris", not "${String(timezone)}"`);
    }
    overrides.timezone = timezone;
  }
  const year = values["year"];
  if (year !== void 0) {
    if (typeof year !== "string" || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be a four-digit year such as 2019, not "${String(year)}"`);
    overrides.year = Number(year);
  }
  const rules2 = values["rule"];
  if (Array.isArray(rules2) && rules2.length > 0) overrides.rules = parseRuleFlags(rules2, language);
  return { format, language, overrides };
}

// src/commands/link-options.ts
var linkOptionSpec = {
  repo: { type: "string" },
  branch: { type: "string", default: "main" },
  "calendar-base-url": { type: "string" },
  archives: { type: "string", default: defaultArchivesGlob }
};
var linkOptionsHelp = `  --repo OWNER/REPO    the GitHub repository (default: GITHUB_REPOSITORY, else the git remote "origin")
  --branch NAME        default branch the calendar is served from (default: main)
  --calendar-base-url URL
                       where the repository is published (e.g. GitHub Pages), instead of raw.githubusercontent.com
  --archives GLOB      archived programmes, from the programme's folder; {name} is the programme's
                       name (default: ${defaultArchivesGlob})
`;
function readLinkOptions(values, environment = process.env) {
  const settings = { branch: String(values["branch"] ?? "main"), archivesGlob: String(values["archives"] ?? defaultArchivesGlob) };
  const repo = values["repo"];
  if (typeof repo === "string") {
    if (!parseOwnerRepo(repo)) throw new UsageError(`--repo must be OWNER/REPO, such as "entrepreneur-interet-general/eig-link", not "${repo}"`);
    settings.repo = repo;
  }
  if (settings.branch.trim() === "" || /[\s~^:?*[\\]/.test(settings.branch)) throw new UsageError(`--branch must be a branch name such as "main", not "${settings.branch}"`);
  const base = values["calendar-base-url"];
  if (typeof base === "string") {
    if (!/^https?:\/\/[^\s/]+/.test(base)) throw new UsageError(`--calendar-base-url must be an http(s) address such as "https://owner.github.io/repo", not "${base}"`);
    settings.calendarBaseUrl = base;
  }
  if (!settings.archivesGlob.includes("/") && !settings.archivesGlob.includes("*")) {
    throw new UsageError(`--archives must be a pattern such as "${defaultArchivesGlob}", not "${settings.archivesGlob}"`);
  }
  const fromEnvironment = environment["GITHUB_REPOSITORY"];
  if (fromEnvironment) settings.githubRepository = fromEnvironment;
  return settings;
}

// src/commands/check.ts
var checkHelp = `Usage: programme-sync check [FILES...] [options]

Reads each programme and reports what is wrong, without writing anything.
With no FILES, checks every markdown file of the current folder that holds a schedule table.

Options:
  --format text|json   output format (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages (default: en)
  --rule RULE=SEVERITY set a rule to error, warning, info or off (repeatable)
${linkOptionsHelp}  -h, --help           show this help

Settings not given as options are read from .programme-sync.json at the
repository root (see README); options win over the file.

Exit status: 0 no error, 1 the programme has errors, 2 usage or file problem.
`;
async function resolveFiles(positionals, options) {
  if (positionals.length > 0) return positionals.map(toDisplayPath);
  const found = await discoverProgrammes(process.cwd());
  if (found.length === 0) throw new UsageError(say(options.language, "no-programme-found", { folder: toDisplayPath(process.cwd()) }));
  return found;
}
function checkFiles(sources, options) {
  return checkProgrammeFiles(sources, options);
}
function runLanguage(reports, options) {
  return options.overrides.language ?? reports[0]?.engine?.language ?? options.language;
}

// src/commands/build.ts
var buildHelp = `Usage: programme-sync build [FILES...] [options]

Checks each programme like "check", then writes its calendar <name>.ics beside it and
refreshes the link blocks programme-sync manages in it (between its own markers).
With no FILES, builds every markdown file of the current folder that holds a schedule table.

Options:
  --check              write nothing; exit 1 when a file would change
  --out-dir DIR        write the calendars in DIR instead of beside each programme
  --split audience     also write one calendar per audience: <name>.<audience>.ics
  --repo-url URL       the repository's address (https://github.com/OWNER/REPO), to link each
                       event to its detail section (default: from --repo, GITHUB_REPOSITORY or
                       the git remote "origin", when it is on GitHub)
  --format text|json   output format of the diagnostics (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages and of the calendar text (default: en)
  --rule RULE=SEVERITY set a rule to error, warning, info or off (repeatable)
${linkOptionsHelp}  -h, --help           show this help

SOURCE_DATE_EPOCH, when set, gives the DTSTAMP of new and changed events.
Exit status: 0 done, 1 the programme has errors or (with --check) a file is stale,
2 usage or file problem.
`;
var buildOptionSpec = {
  ...commonOptionSpec,
  ...linkOptionSpec,
  check: { type: "boolean", default: false },
  "out-dir": { type: "string" },
  split: { type: "string" },
  "repo-url": { type: "string" }
};
var calendarStep = async (reports, options) => {
  const outputs = [];
  const sourceDateEpoch = sourceDateEpochOf(process.env);
  for (const report2 of reports) {
    const repositoryUrl = options.repoUrl ?? await githubUrlOf(report2.path, options.links);
    const calendars = await buildCalendars(report2, {
      language: report2.engine?.language ?? options.language,
      timezone: report2.engine?.timezone ?? options.overrides.timezone ?? DEFAULT_TIMEZONE,
      ...outDirFor(report2, options),
      ...options.split ? { split: options.split } : {},
      ...repositoryUrl ? { repository: { url: repositoryUrl, branch: options.links.branch, path: await pathInRepository(report2.path) } } : {},
      ...sourceDateEpoch !== void 0 ? { sourceDateEpoch } : {},
      readPrevious: readIfPresent,
      commitTime: gitCommitTime
    });
    for (const calendar of calendars) outputs.push({ path: calendar.path, newContent: calendar.content, oldContent: calendar.previous });
  }
  return outputs;
};
var linkBlocksStep = async (reports, options) => {
  const outputs = [];
  const cache = /* @__PURE__ */ new Map();
  for (const report2 of reports) {
    const parsed = { text: report2.read.source.text, tree: report2.read.tree };
    const calendarDir = options.outDir !== void 0 ? (0, import_node_path20.resolve)(options.outDir) : report2.engine?.calendarDir;
    const refreshed = await refreshLinkBlocks(report2.path, {
      language: report2.engine?.language ?? options.language,
      settings: options.links,
      cache,
      parsed,
      ...calendarDir === void 0 ? {} : { calendarDir }
    });
    if (refreshed.blocks.length === 0) continue;
    const settles = ["managed-block-stale", ...refreshed.blocks.some((block) => block.kind === "archives") ? ["archive-not-linked"] : []];
    outputs.push({ path: refreshed.path, newContent: refreshed.content, oldContent: refreshed.original, settles });
  }
  return outputs;
};
var buildSteps = [calendarStep, linkBlocksStep];
async function runBuild(argv, steps = buildSteps) {
  const { values, positionals } = (0, import_node_util.parseArgs)({ args: argv, options: buildOptionSpec, allowPositionals: true, strict: true });
  if (values.help) return { stdout: buildHelp, stderr: "", exitCode: 0 };
  const options = readBuildOptions(values);
  const read = await checkFiles(await resolveFiles(positionals, options), options);
  const language = runLanguage(read, options);
  const reports = await checkReportLinks(read, options.links, language);
  const outputs = [];
  for (const step of steps) outputs.push(...await step(reports, options));
  const stale = outputs.filter((output) => output.newContent !== output.oldContent);
  const messages = [];
  if (options.check) {
    for (const output of stale) messages.push(say(options.language, "build-stale", { path: output.path }));
    if (stale.length === 0) messages.push(say(options.language, "build-all-fresh", { files: outputs.length }));
  } else {
    for (const output of outputs) {
      for (const path2 of await removeStaleTemporaryFiles(output.path)) messages.push(say(options.language, "build-removed-temporary", { path: path2 }));
    }
    await writeOutputs(stale, options.language);
    for (const output of stale) messages.push(say(options.language, "build-wrote", { path: output.path }));
    for (const output of outputs) {
      if (!stale.includes(output)) messages.push(say(options.language, "build-up-to-date", { path: output.path }));
    }
  }
  const settled = options.check ? reports : reports.map((report2) => settle(report2, stale));
  const hasErrors = countDiagnostics(settled).errors > 0;
  const exitCode = hasErrors || options.check && stale.length > 0 ? 1 : 0;
  const buildText = messages.map((line) => `${line}
`).join("");
  if (options.format === "json") return { stdout: formatJsonReport(settled), stderr: buildText, exitCode };
  return { stdout: `${formatTextReport(settled, options.language)}${buildText}`, stderr: "", exitCode };
}
function outDirFor(report2, options) {
  if (options.outDir !== void 0) return { outDir: options.outDir };
  const configured = report2.engine?.calendarDir;
  return configured === void 0 ? {} : { outDir: toDisplayPath((0, import_node_path20.relative)(process.cwd(), configured) || ".") };
}
function settle(report2, written) {
  const rules2 = new Set(written.filter((output) => samePath(output.path, report2.path)).flatMap((output) => output.settles ?? []));
  return rules2.size === 0 ? report2 : { ...report2, diagnostics: report2.diagnostics.filter((d) => !rules2.has(d.rule)) };
}
function samePath(a, b) {
  return (0, import_node_path20.resolve)(a) === (0, import_node_path20.resolve)(b);
}
function readBuildOptions(values) {
  const options = { ...readCommonOptions(values), check: values["check"] === true, links: readLinkOptions(values) };
  const outDir = values["out-dir"];
  if (typeof outDir === "string") {
    if (outDir === "") throw new UsageError("--out-dir needs a folder");
    options.outDir = outDir;
  }
  const split = values["split"];
  if (split !== void 0) {
    if (split !== "audience") throw new UsageError(`--split must be "audience", not "${String(split)}"`);
    options.split = "audience";
  }
  const repoUrl = values["repo-url"];
  if (typeof repoUrl === "string") {
    if (!/^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/?$/.test(repoUrl)) {
      throw new UsageError(`--repo-url must be a repository address such as "https://github.com/OWNER/REPO", not "${repoUrl}"`);
    }
    options.repoUrl = repoUrl.replace(/\/$/, "");
  }
  return options;
}
async function githubUrlOf(programmePath, links) {
  const identity = await findRepositoryIdentity({
    ...links.repo === void 0 ? {} : { option: links.repo },
    ...links.githubRepository === void 0 ? {} : { environment: links.githubRepository },
    gitFolder: (0, import_node_path20.dirname)((0, import_node_path20.resolve)(programmePath))
  });
  return identity ? `https://github.com/${identity.owner}/${identity.name}` : void 0;
}
async function readIfPresent(path2) {
  try {
    return await (0, import_promises14.readFile)(path2, "utf8");
  } catch (error) {
    const code3 = error.code;
    if (code3 === "ENOENT" || code3 === "ENOTDIR") return void 0;
    throw new UsageError(`cannot read ${path2}: ${describeIoError(error)}`);
  }
}
async function writeOutputs(outputs, language) {
  try {
    await writeFileSet(outputs.map((output) => ({ path: output.path, content: output.newContent })));
  } catch (error) {
    if (!(error instanceof FileSetWriteError)) throw error;
    throw new UsageError(
      say(language, "build-cannot-write", {
        path: error.path,
        reason: describeIoError(error.cause, language),
        written: error.written,
        notWritten: error.notWritten
      })
    );
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
});
