/** Major version in the URI (NL API Design Rules /core/uri-version), full version in the header. */
export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';
