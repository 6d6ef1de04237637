"""The reviewer web console: server-rendered pages at /console over the same ReviewService as the
API (sign-in with a person key or SSO, the queue, one item, approve | reject | escalate | comment)."""
