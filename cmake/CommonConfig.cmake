# One INTERFACE target carries the language standard, warnings and strict Qt
# defines; every Nova target links it so no target drifts from the others.
add_library(nova_common INTERFACE)
add_library(Nova::Common ALIAS nova_common)

target_compile_features(nova_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(nova_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(NOVA_WERROR)
    target_compile_options(nova_common INTERFACE -Werror)
endif()

target_compile_definitions(nova_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(NOVA_SANITIZE)
    target_compile_options(nova_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(nova_common INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(nova_common INTERFACE NOVA_VERSION="${PROJECT_VERSION}")
