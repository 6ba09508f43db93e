"""The connection options libpq knows, in its own order.

Written by tools/oracle/generators/gaps_django_data.py from psycopg 3.3.6 (libpq 150018): do not edit."""

LIBPQ_VERSION = 150018
PSYCOPG_VERSION = '3.3.6'

#: Every keyword of a connection string, in the order libpq lists (and parses into) them.
KEYWORDS = (
    'service user password passfile channel_binding connect_timeout dbname host hostaddr port '
    'client_encoding options application_name fallback_application_name keepalives keepalives_idle '
    'keepalives_interval keepalives_count tcp_user_timeout sslmode sslcompression sslcert sslkey '
    'sslpassword sslrootcert sslcrl sslcrldir sslsni requirepeer ssl_min_protocol_version '
    'ssl_max_protocol_version gssencmode krbsrvname gsslib replication target_session_attrs'
)
