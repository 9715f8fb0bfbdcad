# Warning, sanitizer, test and benchmark helpers shared by every module.

add_library(orienta_warnings INTERFACE)
target_compile_options(orienta_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${ORIENTA_WERROR}>:-Werror>
  # RapidJSON 1.1's member iterators compare both ways, which clang flags in C++20 at every
  # FindMember() != MemberEnd() of ours; the comparison is right (fixed upstream after 1.1).
  $<$<CXX_COMPILER_ID:Clang>:-Wno-ambiguous-reversed-operator>)
if(ORIENTA_SANITIZE)
  # Every sanitizer report fails the test that triggered it.
  target_compile_options(orienta_warnings INTERFACE -fsanitize=${ORIENTA_SANITIZE}
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(orienta_warnings INTERFACE -fsanitize=${ORIENTA_SANITIZE})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_compile_options(orienta_warnings INTERFACE
      -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/sanitize-ignore.txt)
  endif()
endif()

if(ORIENTA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ORIENTA_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage for libFuzzer in every module; the harnesses link the fuzzer's main.
  target_compile_options(orienta_warnings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# orienta_library(NAME SOURCES... DEPS ...): a STATIC module library with alias orienta::NAME.
function(orienta_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(orienta_${name} STATIC ${ARG_SOURCES})
  add_library(orienta::${name} ALIAS orienta_${name})
  target_include_directories(orienta_${name} PUBLIC include PRIVATE src)
  target_link_libraries(orienta_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE orienta_warnings ${ARG_PRIVATE_DEPS})
endfunction()

if(ORIENTA_BUILD_TESTS)
  # The inputs shared beside the checkout (spec, eval, hsds): tests read them there.
  set(ORIENTA_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "the shared inputs beside the checkout (spec/, eval/, hsds/)")
  find_package(GTest REQUIRED)
  include(GoogleTest)
  # orienta_test(NAME SOURCES... DEPS ... [PROPERTIES ...]): one test binary, its tests
  # discovered by ctest (PROPERTIES: ctest properties of each of them).
  function(orienta_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;DEPS;PROPERTIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPS} orienta_test_support GTest::gtest_main orienta_warnings)
    target_compile_definitions(${name} PRIVATE
      ORIENTA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
      ORIENTA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      ORIENTA_SHARED_DIR="${ORIENTA_SHARED_DIR}")
    set(props ${ARG_PROPERTIES})
    if(ARG_LABEL)
      list(APPEND props LABELS ${ARG_LABEL})
    endif()
    if(props)
      set(props PROPERTIES ${props})
    endif()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 ${props})
  endfunction()
endif()

if(ORIENTA_BUILD_BENCH)
  find_package(benchmark REQUIRED)
  # orienta_bench(NAME SOURCES... DEPS ...): a Google Benchmark binary, built but never run by ctest.
  function(orienta_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPS} benchmark::benchmark orienta_warnings)
  endfunction()
endif()
