"""Every directive of nginx (Debian's nginx/1.22.1, no dynamic module loaded): where it may stand,
how many arguments it takes, whether it opens a block.

Recorded from real nginx by tools/oracle/generators/nginx_directives.py; do not edit by hand.
A row: name, contexts (space-separated), argument counts ("1", "1-3", "0|2", "2+", "any"),
block (1: the directive opens a block). A name in two rows has two meanings (`server`).
"""

GRAMMAR = """
absolute_redirect                      1      0 http server location
accept_mutex                           1      0 events
accept_mutex_delay                     1      0 events
access_log                             1+     0 http server location if_location limit_except
add_after_body                         1      0 http server location
add_before_body                        1      0 http server location
add_header                             2-3    0 http server location if_location
add_trailer                            2-3    0 http server location if_location
addition_types                         1+     0 http server location
aio                                    1      0 http server location
aio_write                              1      0 http server location
alias                                  1      0 location
allow                                  1      0 http server location limit_except
ancient_browser                        1+     0 http server location
ancient_browser_value                  1      0 http server location
auth_basic                             1      0 http server location limit_except
auth_basic_user_file                   1      0 http server location limit_except
auth_delay                             1      0 http server location
auth_request                           1      0 http server location
auth_request_set                       2      0 http server location
autoindex                              1      0 http server location
autoindex_exact_size                   1      0 http server location
autoindex_format                       1      0 http server location
autoindex_localtime                    1      0 http server location
break                                  0      0 server location if_server if_location
charset                                1      0 http server location if_location
charset_map                            2      1 http
charset_types                          1+     0 http server location
chunked_transfer_encoding              1      0 http server location
client_body_buffer_size                1      0 http server location
client_body_in_file_only               1      0 http server location
client_body_in_single_buffer           1      0 http server location
client_body_temp_path                  1-4    0 http server location
client_body_timeout                    1      0 http server location
client_header_buffer_size              1      0 http server
client_header_timeout                  1      0 http server
client_max_body_size                   1      0 http server location
connection_pool_size                   1      0 http server
create_full_put_path                   1      0 http server location
daemon                                 1      0 main
dav_access                             1-3    0 http server location
dav_methods                            1+     0 http server location
debug_connection                       1      0 events
debug_points                           1      0 main
default_type                           1      0 http server location
deny                                   1      0 http server location limit_except
directio                               1      0 http server location
directio_alignment                     1      0 http server location
disable_symlinks                       1-2    0 http server location
empty_gif                              0      0 location
env                                    1      0 main
epoll_events                           1      0 events
error_log                              1+     0 main http server location
error_page                             2+     0 http server location if_location
etag                                   1      0 http server location
events                                 0      1 main
expires                                1-2    0 http server location if_location
fastcgi_bind                           1-2    0 http server location
fastcgi_buffer_size                    1      0 http server location
fastcgi_buffering                      1      0 http server location
fastcgi_buffers                        2      0 http server location
fastcgi_busy_buffers_size              1      0 http server location
fastcgi_cache                          1      0 http server location
fastcgi_cache_background_update        1      0 http server location
fastcgi_cache_bypass                   1+     0 http server location
fastcgi_cache_key                      1      0 http server location
fastcgi_cache_lock                     1      0 http server location
fastcgi_cache_lock_age                 1      0 http server location
fastcgi_cache_lock_timeout             1      0 http server location
fastcgi_cache_max_range_offset         1      0 http server location
fastcgi_cache_methods                  1+     0 http server location
fastcgi_cache_min_uses                 1      0 http server location
fastcgi_cache_path                     2+     0 http
fastcgi_cache_revalidate               1      0 http server location
fastcgi_cache_use_stale                1+     0 http server location
fastcgi_cache_valid                    1+     0 http server location
fastcgi_catch_stderr                   1      0 http server location
fastcgi_connect_timeout                1      0 http server location
fastcgi_force_ranges                   1      0 http server location
fastcgi_hide_header                    1      0 http server location
fastcgi_ignore_client_abort            1      0 http server location
fastcgi_ignore_headers                 1+     0 http server location
fastcgi_index                          1      0 http server location
fastcgi_intercept_errors               1      0 http server location
fastcgi_keep_conn                      1      0 http server location
fastcgi_limit_rate                     1      0 http server location
fastcgi_max_temp_file_size             1      0 http server location
fastcgi_next_upstream                  1+     0 http server location
fastcgi_next_upstream_timeout          1      0 http server location
fastcgi_next_upstream_tries            1      0 http server location
fastcgi_no_cache                       1+     0 http server location
fastcgi_param                          2-3    0 http server location
fastcgi_pass                           1      0 location if_location
fastcgi_pass_header                    1      0 http server location
fastcgi_pass_request_body              1      0 http server location
fastcgi_pass_request_headers           1      0 http server location
fastcgi_read_timeout                   1      0 http server location
fastcgi_request_buffering              1      0 http server location
fastcgi_send_lowat                     1      0 http server location
fastcgi_send_timeout                   1      0 http server location
fastcgi_socket_keepalive               1      0 http server location
fastcgi_split_path_info                1      0 http server location
fastcgi_store                          1      0 http server location
fastcgi_store_access                   1-3    0 http server location
fastcgi_temp_file_write_size           1      0 http server location
fastcgi_temp_path                      1-4    0 http server location
flv                                    0      0 location
geo                                    1-2    1 http
grpc_bind                              1-2    0 http server location
grpc_buffer_size                       1      0 http server location
grpc_connect_timeout                   1      0 http server location
grpc_hide_header                       1      0 http server location
grpc_ignore_headers                    1+     0 http server location
grpc_intercept_errors                  1      0 http server location
grpc_next_upstream                     1+     0 http server location
grpc_next_upstream_timeout             1      0 http server location
grpc_next_upstream_tries               1      0 http server location
grpc_pass                              1      0 location if_location
grpc_pass_header                       1      0 http server location
grpc_read_timeout                      1      0 http server location
grpc_send_timeout                      1      0 http server location
grpc_set_header                        2      0 http server location
grpc_socket_keepalive                  1      0 http server location
grpc_ssl_certificate                   1      0 http server location
grpc_ssl_certificate_key               1      0 http server location
grpc_ssl_ciphers                       1      0 http server location
grpc_ssl_conf_command                  2      0 http server location
grpc_ssl_crl                           1      0 http server location
grpc_ssl_name                          1      0 http server location
grpc_ssl_password_file                 1      0 http server location
grpc_ssl_protocols                     1+     0 http server location
grpc_ssl_server_name                   1      0 http server location
grpc_ssl_session_reuse                 1      0 http server location
grpc_ssl_trusted_certificate           1      0 http server location
grpc_ssl_verify                        1      0 http server location
grpc_ssl_verify_depth                  1      0 http server location
gunzip                                 1      0 http server location
gunzip_buffers                         2      0 http server location
gzip                                   1      0 http server location if_location
gzip_buffers                           2      0 http server location
gzip_comp_level                        1      0 http server location
gzip_disable                           1+     0 http server location
gzip_hash                              1      0 http server location
gzip_http_version                      1      0 http server location
gzip_min_length                        1      0 http server location
gzip_no_buffer                         1      0 http server location
gzip_proxied                           1+     0 http server location
gzip_static                            1      0 http server location
gzip_types                             1+     0 http server location
gzip_vary                              1      0 http server location
gzip_window                            1      0 http server location
hash                                   1-2    0 upstream
http                                   0      1 main
http2_body_preread_size                1      0 http server
http2_chunk_size                       1      0 http server location
http2_idle_timeout                     1      0 http server
http2_max_concurrent_pushes            1      0 http server
http2_max_concurrent_streams           1      0 http server
http2_max_field_size                   1      0 http server
http2_max_header_size                  1      0 http server
http2_max_requests                     1      0 http server
http2_pool_size                        1      0 http server
http2_push                             1      0 http server location
http2_push_preload                     1      0 http server location
http2_recv_buffer_size                 1      0 http
http2_recv_timeout                     1      0 http server
http2_streams_index_size               1      0 http server
if                                     1+     1 server location
if_modified_since                      1      0 http server location
ignore_invalid_headers                 1      0 http server
include                                1      0 main events http server location upstream if_server if_location limit_except
index                                  1+     0 http server location
internal                               0      0 location
ip_hash                                0      0 upstream
keepalive                              1      0 upstream
keepalive_disable                      1-2    0 http server location
keepalive_requests                     1      0 http server location upstream
keepalive_time                         1      0 http server location upstream
keepalive_timeout                      1-2    0 http server location
keepalive_timeout                      1      0 upstream
large_client_header_buffers            2      0 http server
least_conn                             0      0 upstream
limit_conn                             2      0 http server location
limit_conn_dry_run                     1      0 http server location
limit_conn_log_level                   1      0 http server location
limit_conn_status                      1      0 http server location
limit_conn_zone                        2      0 http
limit_except                           1+     1 location
limit_rate                             1      0 http server location if_location
limit_rate_after                       1      0 http server location if_location
limit_req                              1-3    0 http server location
limit_req_dry_run                      1      0 http server location
limit_req_log_level                    1      0 http server location
limit_req_status                       1      0 http server location
limit_req_zone                         3      0 http
lingering_close                        1      0 http server location
lingering_time                         1      0 http server location
lingering_timeout                      1      0 http server location
listen                                 1+     0 server
load_module                            1      0 main
location                               1-2    1 server location
lock_file                              1      0 main
log_format                             2+     0 http
log_not_found                          1      0 http server location
log_subrequest                         1      0 http server location
map                                    2      1 http
map_hash_bucket_size                   1      0 http
map_hash_max_size                      1      0 http
master_process                         1      0 main
max_headers                            1      0 http server
max_ranges                             1      0 http server location
memcached_bind                         1-2    0 http server location
memcached_buffer_size                  1      0 http server location
memcached_connect_timeout              1      0 http server location
memcached_gzip_flag                    1      0 http server location
memcached_next_upstream                1+     0 http server location
memcached_next_upstream_timeout        1      0 http server location
memcached_next_upstream_tries          1      0 http server location
memcached_pass                         1      0 location if_location
memcached_read_timeout                 1      0 http server location
memcached_send_timeout                 1      0 http server location
memcached_socket_keepalive             1      0 http server location
merge_slashes                          1      0 http server
min_delete_depth                       1      0 http server location
mirror                                 1      0 http server location
mirror_request_body                    1      0 http server location
modern_browser                         1-2    0 http server location
modern_browser_value                   1      0 http server location
mp4                                    0      0 location
mp4_buffer_size                        1      0 http server location
mp4_max_buffer_size                    1      0 http server location
mp4_start_key_frame                    1      0 http server location
msie_padding                           1      0 http server location
msie_refresh                           1      0 http server location
multi_accept                           1      0 events
open_file_cache                        1-2    0 http server location
open_file_cache_errors                 1      0 http server location
open_file_cache_events                 1      0 http server location
open_file_cache_min_uses               1      0 http server location
open_file_cache_valid                  1      0 http server location
open_log_file_cache                    1-4    0 http server location
output_buffers                         2      0 http server location
override_charset                       1      0 http server location if_location
pcre_jit                               1      0 main
pid                                    1      0 main
port_in_redirect                       1      0 http server location
post_action                            1      0 http server location if_location
postpone_gzipping                      1      0 http server location
postpone_output                        1      0 http server location
proxy_bind                             1-2    0 http server location
proxy_buffer_size                      1      0 http server location
proxy_buffering                        1      0 http server location
proxy_buffers                          2      0 http server location
proxy_busy_buffers_size                1      0 http server location
proxy_cache                            1      0 http server location
proxy_cache_background_update          1      0 http server location
proxy_cache_bypass                     1+     0 http server location
proxy_cache_convert_head               1      0 http server location
proxy_cache_key                        1      0 http server location
proxy_cache_lock                       1      0 http server location
proxy_cache_lock_age                   1      0 http server location
proxy_cache_lock_timeout               1      0 http server location
proxy_cache_max_range_offset           1      0 http server location
proxy_cache_methods                    1+     0 http server location
proxy_cache_min_uses                   1      0 http server location
proxy_cache_path                       2+     0 http
proxy_cache_revalidate                 1      0 http server location
proxy_cache_use_stale                  1+     0 http server location
proxy_cache_valid                      1+     0 http server location
proxy_connect_timeout                  1      0 http server location
proxy_cookie_domain                    1-2    0 http server location
proxy_cookie_flags                     1-4    0 http server location
proxy_cookie_path                      1-2    0 http server location
proxy_force_ranges                     1      0 http server location
proxy_headers_hash_bucket_size         1      0 http server location
proxy_headers_hash_max_size            1      0 http server location
proxy_hide_header                      1      0 http server location
proxy_http_version                     1      0 http server location
proxy_ignore_client_abort              1      0 http server location
proxy_ignore_headers                   1+     0 http server location
proxy_intercept_errors                 1      0 http server location
proxy_limit_rate                       1      0 http server location
proxy_max_temp_file_size               1      0 http server location
proxy_method                           1      0 http server location
proxy_next_upstream                    1+     0 http server location
proxy_next_upstream_timeout            1      0 http server location
proxy_next_upstream_tries              1      0 http server location
proxy_no_cache                         1+     0 http server location
proxy_pass                             1      0 location if_location limit_except
proxy_pass_header                      1      0 http server location
proxy_pass_request_body                1      0 http server location
proxy_pass_request_headers             1      0 http server location
proxy_read_timeout                     1      0 http server location
proxy_redirect                         1-2    0 http server location
proxy_request_buffering                1      0 http server location
proxy_send_lowat                       1      0 http server location
proxy_send_timeout                     1      0 http server location
proxy_set_body                         1      0 http server location
proxy_set_header                       2      0 http server location
proxy_socket_keepalive                 1      0 http server location
proxy_ssl_certificate                  1      0 http server location
proxy_ssl_certificate_key              1      0 http server location
proxy_ssl_ciphers                      1      0 http server location
proxy_ssl_conf_command                 2      0 http server location
proxy_ssl_crl                          1      0 http server location
proxy_ssl_name                         1      0 http server location
proxy_ssl_password_file                1      0 http server location
proxy_ssl_protocols                    1+     0 http server location
proxy_ssl_server_name                  1      0 http server location
proxy_ssl_session_reuse                1      0 http server location
proxy_ssl_trusted_certificate          1      0 http server location
proxy_ssl_verify                       1      0 http server location
proxy_ssl_verify_depth                 1      0 http server location
proxy_store                            1      0 http server location
proxy_store_access                     1-3    0 http server location
proxy_temp_file_write_size             1      0 http server location
proxy_temp_path                        1-4    0 http server location
random                                 0-2    0 upstream
random_index                           1      0 location
read_ahead                             1      0 http server location
real_ip_header                         1      0 http server location
real_ip_recursive                      1      0 http server location
recursive_error_pages                  1      0 http server location
referer_hash_bucket_size               1      0 server location
referer_hash_max_size                  1      0 server location
request_pool_size                      1      0 http server
reset_timedout_connection              1      0 http server location
resolver                               1+     0 http server location
resolver_timeout                       1      0 http server location
return                                 1-2    0 server location if_server if_location
rewrite                                2-3    0 server location if_server if_location
rewrite_log                            1      0 http server location if_server if_location
root                                   1      0 http server location if_location
satisfy                                1      0 http server location
scgi_bind                              1-2    0 http server location
scgi_buffer_size                       1      0 http server location
scgi_buffering                         1      0 http server location
scgi_buffers                           2      0 http server location
scgi_busy_buffers_size                 1      0 http server location
scgi_cache                             1      0 http server location
scgi_cache_background_update           1      0 http server location
scgi_cache_bypass                      1+     0 http server location
scgi_cache_key                         1      0 http server location
scgi_cache_lock                        1      0 http server location
scgi_cache_lock_age                    1      0 http server location
scgi_cache_lock_timeout                1      0 http server location
scgi_cache_max_range_offset            1      0 http server location
scgi_cache_methods                     1+     0 http server location
scgi_cache_min_uses                    1      0 http server location
scgi_cache_path                        2+     0 http
scgi_cache_revalidate                  1      0 http server location
scgi_cache_use_stale                   1+     0 http server location
scgi_cache_valid                       1+     0 http server location
scgi_connect_timeout                   1      0 http server location
scgi_force_ranges                      1      0 http server location
scgi_hide_header                       1      0 http server location
scgi_ignore_client_abort               1      0 http server location
scgi_ignore_headers                    1+     0 http server location
scgi_intercept_errors                  1      0 http server location
scgi_limit_rate                        1      0 http server location
scgi_max_temp_file_size                1      0 http server location
scgi_next_upstream                     1+     0 http server location
scgi_next_upstream_timeout             1      0 http server location
scgi_next_upstream_tries               1      0 http server location
scgi_no_cache                          1+     0 http server location
scgi_param                             2-3    0 http server location
scgi_pass                              1      0 location if_location
scgi_pass_header                       1      0 http server location
scgi_pass_request_body                 1      0 http server location
scgi_pass_request_headers              1      0 http server location
scgi_read_timeout                      1      0 http server location
scgi_request_buffering                 1      0 http server location
scgi_send_timeout                      1      0 http server location
scgi_socket_keepalive                  1      0 http server location
scgi_store                             1      0 http server location
scgi_store_access                      1-3    0 http server location
scgi_temp_file_write_size              1      0 http server location
scgi_temp_path                         1-4    0 http server location
secure_link                            1      0 http server location
secure_link_md5                        1      0 http server location
secure_link_secret                     1      0 http server location
send_lowat                             1      0 http server location
send_timeout                           1      0 http server location
sendfile                               1      0 http server location if_location
sendfile_max_chunk                     1      0 http server location
server                                 0      1 http
server                                 1+     0 upstream
server_name                            1+     0 server
server_name_in_redirect                1      0 http server location
server_names_hash_bucket_size          1      0 http
server_names_hash_max_size             1      0 http
server_tokens                          1      0 http server location
set                                    2      0 server location if_server if_location
set_real_ip_from                       1      0 http server location
slice                                  1      0 http server location
source_charset                         1      0 http server location if_location
split_clients                          2      1 http
ssi                                    1      0 http server location if_location
ssi_ignore_recycled_buffers            1      0 http server location
ssi_last_modified                      1      0 http server location
ssi_min_file_chunk                     1      0 http server location
ssi_silent_errors                      1      0 http server location
ssi_types                              1+     0 http server location
ssi_value_length                       1      0 http server location
ssl                                    1      0 http server
ssl_buffer_size                        1      0 http server
ssl_certificate                        1      0 http server
ssl_certificate_key                    1      0 http server
ssl_ciphers                            1      0 http server
ssl_client_certificate                 1      0 http server
ssl_conf_command                       2      0 http server
ssl_crl                                1      0 http server
ssl_dhparam                            1      0 http server
ssl_early_data                         1      0 http server
ssl_ecdh_curve                         1      0 http server
ssl_engine                             1      0 main
ssl_ocsp                               1      0 http server
ssl_ocsp_cache                         1      0 http server
ssl_ocsp_responder                     1      0 http server
ssl_password_file                      1      0 http server
ssl_prefer_server_ciphers              1      0 http server
ssl_protocols                          1+     0 http server
ssl_reject_handshake                   1      0 http server
ssl_session_cache                      1-2    0 http server
ssl_session_ticket_key                 1      0 http server
ssl_session_tickets                    1      0 http server
ssl_session_timeout                    1      0 http server
ssl_stapling                           1      0 http server
ssl_stapling_file                      1      0 http server
ssl_stapling_responder                 1      0 http server
ssl_stapling_verify                    1      0 http server
ssl_trusted_certificate                1      0 http server
ssl_verify_client                      1      0 http server
ssl_verify_depth                       1      0 http server
stub_status                            0-1    0 server location
sub_filter                             2      0 http server location
sub_filter_last_modified               1      0 http server location
sub_filter_once                        1      0 http server location
sub_filter_types                       1+     0 http server location
subrequest_output_buffer_size          1      0 http server location
tcp_nodelay                            1      0 http server location
tcp_nopush                             1      0 http server location
thread_pool                            2-3    0 main
timer_resolution                       1      0 main
try_files                              2+     0 server location
types                                  0      1 http server location
types_hash_bucket_size                 1      0 http server location
types_hash_max_size                    1      0 http server location
underscores_in_headers                 1      0 http server
uninitialized_variable_warn            1      0 http server location if_server if_location
upstream                               1      1 http
use                                    1      0 events
user                                   1-2    0 main
userid                                 1      0 http server location
userid_domain                          1      0 http server location
userid_expires                         1      0 http server location
userid_flags                           1-3    0 http server location
userid_mark                            1      0 http server location
userid_name                            1      0 http server location
userid_p3p                             1      0 http server location
userid_path                            1      0 http server location
userid_service                         1      0 http server location
uwsgi_bind                             1-2    0 http server location
uwsgi_buffer_size                      1      0 http server location
uwsgi_buffering                        1      0 http server location
uwsgi_buffers                          2      0 http server location
uwsgi_busy_buffers_size                1      0 http server location
uwsgi_cache                            1      0 http server location
uwsgi_cache_background_update          1      0 http server location
uwsgi_cache_bypass                     1+     0 http server location
uwsgi_cache_key                        1      0 http server location
uwsgi_cache_lock                       1      0 http server location
uwsgi_cache_lock_age                   1      0 http server location
uwsgi_cache_lock_timeout               1      0 http server location
uwsgi_cache_max_range_offset           1      0 http server location
uwsgi_cache_methods                    1+     0 http server location
uwsgi_cache_min_uses                   1      0 http server location
uwsgi_cache_path                       2+     0 http
uwsgi_cache_revalidate                 1      0 http server location
uwsgi_cache_use_stale                  1+     0 http server location
uwsgi_cache_valid                      1+     0 http server location
uwsgi_connect_timeout                  1      0 http server location
uwsgi_force_ranges                     1      0 http server location
uwsgi_hide_header                      1      0 http server location
uwsgi_ignore_client_abort              1      0 http server location
uwsgi_ignore_headers                   1+     0 http server location
uwsgi_intercept_errors                 1      0 http server location
uwsgi_limit_rate                       1      0 http server location
uwsgi_max_temp_file_size               1      0 http server location
uwsgi_modifier1                        1      0 http server location
uwsgi_modifier2                        1      0 http server location
uwsgi_next_upstream                    1+     0 http server location
uwsgi_next_upstream_timeout            1      0 http server location
uwsgi_next_upstream_tries              1      0 http server location
uwsgi_no_cache                         1+     0 http server location
uwsgi_param                            2-3    0 http server location
uwsgi_pass                             1      0 location if_location
uwsgi_pass_header                      1      0 http server location
uwsgi_pass_request_body                1      0 http server location
uwsgi_pass_request_headers             1      0 http server location
uwsgi_read_timeout                     1      0 http server location
uwsgi_request_buffering                1      0 http server location
uwsgi_send_timeout                     1      0 http server location
uwsgi_socket_keepalive                 1      0 http server location
uwsgi_ssl_certificate                  1      0 http server location
uwsgi_ssl_certificate_key              1      0 http server location
uwsgi_ssl_ciphers                      1      0 http server location
uwsgi_ssl_conf_command                 2      0 http server location
uwsgi_ssl_crl                          1      0 http server location
uwsgi_ssl_name                         1      0 http server location
uwsgi_ssl_password_file                1      0 http server location
uwsgi_ssl_protocols                    1+     0 http server location
uwsgi_ssl_server_name                  1      0 http server location
uwsgi_ssl_session_reuse                1      0 http server location
uwsgi_ssl_trusted_certificate          1      0 http server location
uwsgi_ssl_verify                       1      0 http server location
uwsgi_ssl_verify_depth                 1      0 http server location
uwsgi_store                            1      0 http server location
uwsgi_store_access                     1-3    0 http server location
uwsgi_string                           1      0 http server location
uwsgi_temp_file_write_size             1      0 http server location
uwsgi_temp_path                        1-4    0 http server location
valid_referers                         1+     0 server location
variables_hash_bucket_size             1      0 http
variables_hash_max_size                1      0 http
worker_aio_requests                    1      0 events
worker_connections                     1      0 events
worker_cpu_affinity                    1+     0 main
worker_priority                        1      0 main
worker_processes                       1      0 main
worker_rlimit_core                     1      0 main
worker_rlimit_nofile                   1      0 main
worker_shutdown_timeout                1      0 main
working_directory                      1      0 main
zone                                   1-2    0 upstream
"""
