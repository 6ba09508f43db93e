"""The value each one-argument directive of nginx (nginx/1.22.1) takes, and whether nginx
refuses it given twice in one block.

Recorded from real nginx by tools/oracle/generators/nginx_values.py; do not edit by hand.
A row: name, kind (flag number size offset msec sec value keyword any other), `dup` when
a second one in the same block is "duplicate" (`other`: refused with another message), then
for a number its bounds, for a keyword the probes it took, for `other` nginx's answer to a
bad value ({} where the value goes).
"""

SLOTS = """
absolute_redirect                      flag     dup
accept_mutex                           flag     dup
accept_mutex_delay                     msec     dup
access_log                             any      -
add_after_body                         any      dup
add_before_body                        any      dup
addition_types                         any      -
aio                                    value    -
aio_write                              flag     dup
alias                                  any      dup
allow                                  other    -     invalid parameter "{}"
ancient_browser                        any      -
ancient_browser_value                  any      -
auth_basic                             any      dup
auth_basic_user_file                   any      dup
auth_delay                             msec     dup
auth_request                           any      dup
autoindex                              flag     dup
autoindex_exact_size                   flag     dup
autoindex_format                       keyword  -
autoindex_localtime                    flag     dup
charset                                any      dup
charset_types                          any      -
chunked_transfer_encoding              flag     dup
client_body_buffer_size                size     dup
client_body_in_file_only               keyword  dup   on
client_body_in_single_buffer           flag     dup
client_body_temp_path                  any      dup
client_body_timeout                    msec     dup
client_header_buffer_size              size     dup
client_header_timeout                  msec     dup
client_max_body_size                   offset   dup
connection_pool_size                   value    -
create_full_put_path                   flag     dup
daemon                                 flag     dup
dav_access                             keyword  -
dav_methods                            keyword  -
debug_connection                       other    -     host not found in debug_connection "{}"
debug_points                           keyword  -
default_type                           any      dup
deny                                   other    -     invalid parameter "{}"
directio                               offset   dup
directio_alignment                     offset   dup
disable_symlinks                       other    dup   invalid parameter "{}"
env                                    any      -
epoll_events                           number   dup
error_log                              any      -
etag                                   flag     dup
expires                                sec      dup
fastcgi_bind                           other    -     invalid address "{}"
fastcgi_buffer_size                    size     dup
fastcgi_buffering                      flag     dup
fastcgi_busy_buffers_size              size     dup
fastcgi_cache                          other    -     "fastcgi_cache" zone "{}" is unknown
fastcgi_cache_background_update        flag     dup
fastcgi_cache_bypass                   any      -
fastcgi_cache_key                      any      dup
fastcgi_cache_lock                     flag     dup
fastcgi_cache_lock_age                 msec     dup
fastcgi_cache_lock_timeout             msec     dup
fastcgi_cache_max_range_offset         offset   dup
fastcgi_cache_methods                  keyword  -
fastcgi_cache_min_uses                 number   dup
fastcgi_cache_revalidate               flag     dup
fastcgi_cache_use_stale                keyword  -
fastcgi_cache_valid                    other    -     invalid time value "{}"
fastcgi_catch_stderr                   any      -
fastcgi_connect_timeout                msec     dup
fastcgi_force_ranges                   flag     dup
fastcgi_hide_header                    any      -
fastcgi_ignore_client_abort            flag     dup
fastcgi_ignore_headers                 keyword  -
fastcgi_index                          any      dup
fastcgi_intercept_errors               flag     dup
fastcgi_keep_conn                      flag     dup
fastcgi_limit_rate                     size     dup
fastcgi_max_temp_file_size             size     dup
fastcgi_next_upstream                  keyword  -
fastcgi_next_upstream_timeout          msec     dup
fastcgi_next_upstream_tries            number   dup
fastcgi_no_cache                       any      -
fastcgi_pass                           other    -     no port in upstream "{}"
fastcgi_pass_header                    any      -
fastcgi_pass_request_body              flag     dup
fastcgi_pass_request_headers           flag     dup
fastcgi_read_timeout                   msec     dup
fastcgi_request_buffering              flag     dup
fastcgi_send_lowat                     size     other
fastcgi_send_timeout                   msec     dup
fastcgi_socket_keepalive               flag     dup
fastcgi_split_path_info                other    -     pattern "{}" must have 2 captures
fastcgi_store                          any      dup
fastcgi_store_access                   keyword  -
fastcgi_temp_file_write_size           size     dup
fastcgi_temp_path                      any      dup
grpc_bind                              other    -     invalid address "{}"
grpc_buffer_size                       size     dup
grpc_connect_timeout                   msec     dup
grpc_hide_header                       any      -
grpc_ignore_headers                    keyword  -
grpc_intercept_errors                  flag     dup
grpc_next_upstream                     keyword  -
grpc_next_upstream_timeout             msec     dup
grpc_next_upstream_tries               number   dup
grpc_pass                              other    -     no port in upstream "{}"
grpc_pass_header                       any      -
grpc_read_timeout                      msec     dup
grpc_send_timeout                      msec     dup
grpc_socket_keepalive                  flag     dup
grpc_ssl_certificate                   any      dup
grpc_ssl_certificate_key               any      dup
grpc_ssl_ciphers                       any      dup
grpc_ssl_crl                           any      dup
grpc_ssl_name                          any      dup
grpc_ssl_password_file                 other    -     open() "<PREFIX>/conf/{}" failed (2: No such file or directory)
grpc_ssl_protocols                     keyword  -
grpc_ssl_server_name                   flag     dup
grpc_ssl_session_reuse                 flag     dup
grpc_ssl_trusted_certificate           any      dup
grpc_ssl_verify                        flag     dup
grpc_ssl_verify_depth                  number   dup
gunzip                                 flag     dup
gzip                                   flag     dup
gzip_comp_level                        number   dup   1..9
gzip_disable                           any      -
gzip_hash                              value    -
gzip_http_version                      keyword  -
gzip_min_length                        size     dup
gzip_no_buffer                         flag     dup
gzip_proxied                           keyword  -
gzip_static                            keyword  dup   on
gzip_types                             any      -
gzip_vary                              flag     dup
gzip_window                            value    -
hash                                   any      -
http2_body_preread_size                size     dup
http2_chunk_size                       size     dup
http2_idle_timeout                     any      -
http2_max_concurrent_pushes            number   dup
http2_max_concurrent_streams           number   dup
http2_max_field_size                   any      -
http2_max_header_size                  any      -
http2_max_requests                     any      -
http2_pool_size                        size     dup
http2_push                             any      -
http2_push_preload                     flag     dup
http2_recv_buffer_size                 size     dup
http2_recv_timeout                     any      -
http2_streams_index_size               number   -
if_modified_since                      keyword  -
ignore_invalid_headers                 flag     dup
include                                other    -     open() "<PREFIX>/conf/{}" failed (2: No such file or directory)
index                                  any      -
keepalive                              other    dup   invalid value "{}" in "keepalive" directive
keepalive_disable                      keyword  -
keepalive_requests                     number   dup
keepalive_time                         msec     dup
keepalive_timeout                      msec     dup
keepalive_timeout                      msec     dup
limit_conn_dry_run                     flag     dup
limit_conn_log_level                   keyword  -
limit_conn_status                      number   dup   400..599
limit_rate                             size     dup
limit_rate_after                       size     dup
limit_req                              other    -     invalid parameter "{}"
limit_req_dry_run                      flag     dup
limit_req_log_level                    keyword  -
limit_req_status                       number   dup   400..599
lingering_close                        keyword  dup   on
lingering_time                         msec     dup
lingering_timeout                      msec     dup
listen                                 other    other host not found in "{}" of the "listen" directive
load_module                            other    -     "load_module" directive is specified too late
lock_file                              any      dup
log_not_found                          flag     dup
log_subrequest                         flag     dup
map_hash_bucket_size                   number   dup
map_hash_max_size                      number   dup
master_process                         flag     dup
max_headers                            number   dup
max_ranges                             number   dup
memcached_bind                         other    -     invalid address "{}"
memcached_buffer_size                  size     dup
memcached_connect_timeout              msec     dup
memcached_gzip_flag                    number   dup
memcached_next_upstream                keyword  -
memcached_next_upstream_timeout        msec     dup
memcached_next_upstream_tries          number   dup
memcached_pass                         other    -     no port in upstream "{}"
memcached_read_timeout                 msec     dup
memcached_send_timeout                 msec     dup
memcached_socket_keepalive             flag     dup
merge_slashes                          flag     dup
min_delete_depth                       number   dup
mirror                                 any      -
mirror_request_body                    flag     dup
modern_browser                         any      -
modern_browser_value                   any      -
mp4_buffer_size                        size     dup
mp4_max_buffer_size                    size     dup
mp4_start_key_frame                    flag     dup
msie_padding                           flag     dup
msie_refresh                           flag     dup
multi_accept                           flag     dup
open_file_cache                        other    -     invalid "open_file_cache" parameter "{}"
open_file_cache_errors                 flag     dup
open_file_cache_events                 flag     dup
open_file_cache_min_uses               number   dup
open_file_cache_valid                  sec      dup
open_log_file_cache                    other    -     invalid "open_log_file_cache" parameter "{}"
override_charset                       flag     dup
pcre_jit                               flag     dup
pid                                    any      dup
port_in_redirect                       flag     dup
post_action                            any      dup
postpone_gzipping                      size     dup
postpone_output                        size     dup
proxy_bind                             other    -     invalid address "{}"
proxy_buffer_size                      size     dup
proxy_buffering                        flag     dup
proxy_busy_buffers_size                size     dup
proxy_cache                            other    -     "proxy_cache" zone "{}" is unknown
proxy_cache_background_update          flag     dup
proxy_cache_bypass                     any      -
proxy_cache_convert_head               flag     dup
proxy_cache_key                        any      dup
proxy_cache_lock                       flag     dup
proxy_cache_lock_age                   msec     dup
proxy_cache_lock_timeout               msec     dup
proxy_cache_max_range_offset           offset   dup
proxy_cache_methods                    keyword  -
proxy_cache_min_uses                   number   dup
proxy_cache_revalidate                 flag     dup
proxy_cache_use_stale                  keyword  -
proxy_cache_valid                      other    -     invalid time value "{}"
proxy_connect_timeout                  msec     dup
proxy_cookie_domain                    other    -     invalid parameter "{}"
proxy_cookie_flags                     other    -     invalid parameter "{}"
proxy_cookie_path                      other    -     invalid parameter "{}"
proxy_force_ranges                     flag     dup
proxy_headers_hash_bucket_size         number   dup
proxy_headers_hash_max_size            number   dup
proxy_hide_header                      any      -
proxy_http_version                     keyword  -
proxy_ignore_client_abort              flag     dup
proxy_ignore_headers                   keyword  -
proxy_intercept_errors                 flag     dup
proxy_limit_rate                       size     dup
proxy_max_temp_file_size               size     dup
proxy_method                           any      dup
proxy_next_upstream                    keyword  -
proxy_next_upstream_timeout            msec     dup
proxy_next_upstream_tries              number   dup
proxy_no_cache                         any      -
proxy_pass                             other    -     invalid URL prefix
proxy_pass_header                      any      -
proxy_pass_request_body                flag     dup
proxy_pass_request_headers             flag     dup
proxy_read_timeout                     msec     dup
proxy_redirect                         other    -     invalid parameter "{}"
proxy_request_buffering                flag     dup
proxy_send_lowat                       size     other
proxy_send_timeout                     msec     dup
proxy_set_body                         any      dup
proxy_socket_keepalive                 flag     dup
proxy_ssl_certificate                  any      dup
proxy_ssl_certificate_key              any      dup
proxy_ssl_ciphers                      any      dup
proxy_ssl_crl                          any      dup
proxy_ssl_name                         any      dup
proxy_ssl_password_file                other    -     open() "<PREFIX>/conf/{}" failed (2: No such file or directory)
proxy_ssl_protocols                    keyword  -
proxy_ssl_server_name                  flag     dup
proxy_ssl_session_reuse                flag     dup
proxy_ssl_trusted_certificate          any      dup
proxy_ssl_verify                       flag     dup
proxy_ssl_verify_depth                 number   dup
proxy_store                            any      dup
proxy_store_access                     keyword  -
proxy_temp_file_write_size             size     dup
proxy_temp_path                        any      dup
random                                 other    -     invalid parameter "{}"
random_index                           flag     dup
read_ahead                             size     dup
real_ip_header                         any      dup
real_ip_recursive                      flag     dup
recursive_error_pages                  flag     dup
referer_hash_bucket_size               number   dup
referer_hash_max_size                  number   dup
request_pool_size                      size     dup
reset_timedout_connection              flag     dup
resolver                               other    dup   host not found in resolver "{}"
resolver_timeout                       msec     dup
return                                 other    -     invalid return code "{}"
rewrite_log                            flag     dup
root                                   any      dup
satisfy                                keyword  -
scgi_bind                              other    -     invalid address "{}"
scgi_buffer_size                       size     dup
scgi_buffering                         flag     dup
scgi_busy_buffers_size                 size     dup
scgi_cache                             other    -     "scgi_cache" zone "{}" is unknown
scgi_cache_background_update           flag     dup
scgi_cache_bypass                      any      -
scgi_cache_key                         any      dup
scgi_cache_lock                        flag     dup
scgi_cache_lock_age                    msec     dup
scgi_cache_lock_timeout                msec     dup
scgi_cache_max_range_offset            offset   dup
scgi_cache_methods                     keyword  -
scgi_cache_min_uses                    number   dup
scgi_cache_revalidate                  flag     dup
scgi_cache_use_stale                   keyword  -
scgi_cache_valid                       other    -     invalid time value "{}"
scgi_connect_timeout                   msec     dup
scgi_force_ranges                      flag     dup
scgi_hide_header                       any      -
scgi_ignore_client_abort               flag     dup
scgi_ignore_headers                    keyword  -
scgi_intercept_errors                  flag     dup
scgi_limit_rate                        size     dup
scgi_max_temp_file_size                size     dup
scgi_next_upstream                     keyword  -
scgi_next_upstream_timeout             msec     dup
scgi_next_upstream_tries               number   dup
scgi_no_cache                          any      -
scgi_pass                              other    -     no port in upstream "{}"
scgi_pass_header                       any      -
scgi_pass_request_body                 flag     dup
scgi_pass_request_headers              flag     dup
scgi_read_timeout                      msec     dup
scgi_request_buffering                 flag     dup
scgi_send_timeout                      msec     dup
scgi_socket_keepalive                  flag     dup
scgi_store                             any      dup
scgi_store_access                      keyword  -
scgi_temp_file_write_size              size     dup
scgi_temp_path                         any      dup
secure_link                            any      dup
secure_link_md5                        any      dup
secure_link_secret                     any      dup
send_lowat                             size     other
send_timeout                           msec     dup
sendfile                               flag     dup
sendfile_max_chunk                     size     dup
server                                 other    -     host not found in upstream "{}"
server_name                            any      -
server_name_in_redirect                flag     dup
server_names_hash_bucket_size          number   dup
server_names_hash_max_size             number   dup
server_tokens                          keyword  dup   on
set_real_ip_from                       other    -     host not found in set_real_ip_from "{}"
slice                                  size     dup
source_charset                         any      dup
ssi                                    flag     dup
ssi_ignore_recycled_buffers            flag     dup
ssi_last_modified                      flag     dup
ssi_min_file_chunk                     size     dup
ssi_silent_errors                      flag     dup
ssi_types                              any      -
ssi_value_length                       size     dup
ssl                                    flag     -
ssl_buffer_size                        size     dup
ssl_certificate                        other    -     no "ssl_certificate_key" is defined for certificate "{}"
ssl_certificate_key                    any      -
ssl_ciphers                            any      dup
ssl_client_certificate                 any      dup
ssl_crl                                any      dup
ssl_dhparam                            any      dup
ssl_early_data                         flag     dup
ssl_ecdh_curve                         any      dup
ssl_engine                             other    -     ENGINE_by_id("{}") failed (SSL: error:12800067:DSO support routines::could not load the shared library:filename(/usr/lib/x86_64-linux-gnu/engines-3/{}.so): /usr/lib/x86_64-linux-gnu/engines-3/{}.so: cannot open shared object file: No such file or directory error:12800067:DSO support routines::could not load the shared library error:13000084:engine routines::dso not found error:13000074:engine routines::no such engine:id={})
ssl_ocsp                               keyword  dup   on
ssl_ocsp_cache                         other    -     invalid OCSP cache "{}"
ssl_ocsp_responder                     any      dup
ssl_password_file                      other    -     open() "<PREFIX>/conf/{}" failed (2: No such file or directory)
ssl_prefer_server_ciphers              flag     dup
ssl_protocols                          keyword  -
ssl_reject_handshake                   flag     dup
ssl_session_cache                      other    -     invalid session cache "{}"
ssl_session_ticket_key                 any      -
ssl_session_tickets                    flag     dup
ssl_session_timeout                    sec      dup
ssl_stapling                           flag     dup
ssl_stapling_file                      any      dup
ssl_stapling_responder                 any      dup
ssl_stapling_verify                    flag     dup
ssl_trusted_certificate                any      dup
ssl_verify_client                      keyword  dup   on
ssl_verify_depth                       number   dup
stub_status                            any      -
sub_filter_last_modified               flag     dup
sub_filter_once                        flag     dup
sub_filter_types                       any      -
subrequest_output_buffer_size          size     dup
tcp_nodelay                            flag     dup
tcp_nopush                             flag     dup
timer_resolution                       msec     dup
types_hash_bucket_size                 number   dup
types_hash_max_size                    number   dup
underscores_in_headers                 flag     dup
uninitialized_variable_warn            flag     dup
use                                    other    -     invalid event type "{}"
user                                   other    -     getpwnam("{}") failed
userid                                 keyword  dup   on
userid_domain                          any      dup
userid_expires                         sec      dup
userid_flags                           keyword  -
userid_mark                            other    dup   "userid_mark" directive value must be "off" or a single letter, digit or "="
userid_name                            any      dup
userid_p3p                             any      dup
userid_path                            any      dup
userid_service                         number   dup
uwsgi_bind                             other    -     invalid address "{}"
uwsgi_buffer_size                      size     dup
uwsgi_buffering                        flag     dup
uwsgi_busy_buffers_size                size     dup
uwsgi_cache                            other    -     "uwsgi_cache" zone "{}" is unknown
uwsgi_cache_background_update          flag     dup
uwsgi_cache_bypass                     any      -
uwsgi_cache_key                        any      dup
uwsgi_cache_lock                       flag     dup
uwsgi_cache_lock_age                   msec     dup
uwsgi_cache_lock_timeout               msec     dup
uwsgi_cache_max_range_offset           offset   dup
uwsgi_cache_methods                    keyword  -
uwsgi_cache_min_uses                   number   dup
uwsgi_cache_revalidate                 flag     dup
uwsgi_cache_use_stale                  keyword  -
uwsgi_cache_valid                      other    -     invalid time value "{}"
uwsgi_connect_timeout                  msec     dup
uwsgi_force_ranges                     flag     dup
uwsgi_hide_header                      any      -
uwsgi_ignore_client_abort              flag     dup
uwsgi_ignore_headers                   keyword  -
uwsgi_intercept_errors                 flag     dup
uwsgi_limit_rate                       size     dup
uwsgi_max_temp_file_size               size     dup
uwsgi_modifier1                        number   dup
uwsgi_modifier2                        number   dup
uwsgi_next_upstream                    keyword  -
uwsgi_next_upstream_timeout            msec     dup
uwsgi_next_upstream_tries              number   dup
uwsgi_no_cache                         any      -
uwsgi_pass                             other    -     no port in upstream "{}"
uwsgi_pass_header                      any      -
uwsgi_pass_request_body                flag     dup
uwsgi_pass_request_headers             flag     dup
uwsgi_read_timeout                     msec     dup
uwsgi_request_buffering                flag     dup
uwsgi_send_timeout                     msec     dup
uwsgi_socket_keepalive                 flag     dup
uwsgi_ssl_certificate                  any      dup
uwsgi_ssl_certificate_key              any      dup
uwsgi_ssl_ciphers                      any      dup
uwsgi_ssl_crl                          any      dup
uwsgi_ssl_name                         any      dup
uwsgi_ssl_password_file                other    -     open() "<PREFIX>/conf/{}" failed (2: No such file or directory)
uwsgi_ssl_protocols                    keyword  -
uwsgi_ssl_server_name                  flag     dup
uwsgi_ssl_session_reuse                flag     dup
uwsgi_ssl_trusted_certificate          any      dup
uwsgi_ssl_verify                       flag     dup
uwsgi_ssl_verify_depth                 number   dup
uwsgi_store                            any      dup
uwsgi_store_access                     keyword  -
uwsgi_string                           any      dup
uwsgi_temp_file_write_size             size     dup
uwsgi_temp_path                        any      dup
valid_referers                         any      other
variables_hash_bucket_size             number   dup
variables_hash_max_size                number   dup
worker_aio_requests                    number   dup
worker_connections                     other    dup   invalid number "{}"
worker_cpu_affinity                    other    dup   invalid character "z" in "worker_cpu_affinity"
worker_priority                        number   dup
worker_processes                       value    dup
worker_rlimit_core                     offset   dup
worker_rlimit_nofile                   number   dup
worker_shutdown_timeout                msec     dup
working_directory                      any      dup
zone                                   other    -     zero size shared memory zone "{}"
"""
