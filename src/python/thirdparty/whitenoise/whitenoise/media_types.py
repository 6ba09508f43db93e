"""The Content-Type WhiteNoise gives a file: its own table (nginx's types, with some additions),
not the system's, so that every machine answers alike. A whole file name (crossdomain.xml) is
looked up first, then the extension; anything else is application/octet-stream."""

import os

#: Each line: a media type, then the file names and extensions that have it.
_TABLE = """
application/atom+xml .atom
application/font-woff .woff
application/java-archive .ear .jar .war
application/json .json
application/mac-binhex40 .hqx
application/msword .doc
application/pdf .pdf
application/pkc7-mime apple-app-site-association
application/postscript .ai .eps .ps
application/rss+xml .rss
application/rtf .rtf
application/vnd.apple.mpegurl .m3u8
application/vnd.google-earth.kml+xml .kml
application/vnd.google-earth.kmz .kmz
application/vnd.ms-excel .xls
application/vnd.ms-fontobject .eot
application/vnd.ms-powerpoint .ppt
application/vnd.oasis.opendocument.graphics .odg
application/vnd.oasis.opendocument.presentation .odp
application/vnd.oasis.opendocument.spreadsheet .ods
application/vnd.oasis.opendocument.text .odt
application/vnd.openxmlformats-officedocument.presentationml.presentation .pptx
application/vnd.openxmlformats-officedocument.spreadsheetml.sheet .xlsx
application/vnd.openxmlformats-officedocument.wordprocessingml.document .docx
application/vnd.wap.wmlc .wmlc
application/wasm .wasm
application/x-7z-compressed .7z
application/x-cocoa .cco
application/x-java-archive-diff .jardiff
application/x-java-jnlp-file .jnlp
application/x-makeself .run
application/x-perl .pl .pm
application/x-pilot .pdb .prc
application/x-rar-compressed .rar
application/x-redhat-package-manager .rpm
application/x-sea .sea
application/x-shockwave-flash .swf
application/x-stuffit .sit
application/x-tcl .tcl .tk
application/x-x509-ca-cert .crt .der .pem
application/x-xpinstall .xpi
application/xhtml+xml .xhtml
application/xspf+xml .xspf
application/zip .zip
audio/midi .kar .mid .midi
audio/mpeg .mp3
audio/ogg .ogg
audio/x-m4a .m4a
audio/x-realaudio .ra
font/woff2 .woff2
image/avif .avif
image/gif .gif
image/jpeg .jpeg .jpg
image/png .png
image/svg+xml .svg .svgz
image/tiff .tif .tiff
image/vnd.wap.wbmp .wbmp
image/webp .webp
image/x-icon .ico
image/x-jng .jng
image/x-ms-bmp .bmp
text/css .css
text/html .htm .html .shtml
text/javascript .js .mjs
text/markdown .md
text/mathml .mml
text/plain .txt
text/vnd.sun.j2me.app-descriptor .jad
text/vnd.wap.wml .wml
text/x-component .htc
text/x-cross-domain-policy crossdomain.xml
text/xml .xml
video/3gpp .3gp .3gpp
video/mp2t .ts
video/mp4 .mp4
video/mpeg .mpeg .mpg
video/quicktime .mov
video/webm .webm
video/x-flv .flv
video/x-m4v .m4v
video/x-mng .mng
video/x-ms-asf .asf .asx
video/x-ms-wmv .wmv
video/x-msvideo .avi
"""


def default_types():
    """{extension or file name: media type}, WhiteNoise's defaults."""
    types = {}
    for line in _TABLE.strip().splitlines():
        media_type, *names = line.split()
        types.update(dict.fromkeys(names, media_type))
    return types


class MediaTypes:
    __slots__ = ("types_map",)

    def __init__(self, *, extra_types=None):
        self.types_map = {**default_types(), **(extra_types or {})}

    def get_type(self, path):
        """The media type of the file at `path` (whole name, then extension, case-insensitively)."""
        name = os.path.basename(path).lower()
        found = self.types_map.get(name)
        return found if found is not None else self.types_map.get(os.path.splitext(name)[1], "application/octet-stream")
