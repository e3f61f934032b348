# Sourced by ./mvnw, ./showrunner and .ci/run: points JAVA_HOME at a JDK >= 21.
# Order: JAVA_HOME if it is one; else `java` on the PATH if it is one; else the newest
# JDK under /usr/lib/jvm (or /Library/Java/JavaVirtualMachines on macOS).

showrunner_java_major() {
  # Sets SHOWRUNNER_JAVA_MAJOR to the feature version of the java binary $1 (17, 21, 25, ...), or
  # to nothing. A JDK's `release` file says it without starting a JVM (a tenth of a second), and
  # the shell reads it without starting any process: the launcher does this on every command.
  SHOWRUNNER_JAVA_MAJOR=""
  sr_release="${1%/bin/java}/release"
  if [ -f "$sr_release" ]; then
    while IFS= read -r sr_line || [ -n "$sr_line" ]; do
      case "$sr_line" in
        JAVA_VERSION=*)
          sr_line=${sr_line#JAVA_VERSION=}; sr_line=${sr_line#\"}
          SHOWRUNNER_JAVA_MAJOR=${sr_line%%[!0-9]*}
          [ -n "$SHOWRUNNER_JAVA_MAJOR" ] && return 0 ;;
      esac
    done < "$sr_release"
  fi
  SHOWRUNNER_JAVA_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
}

showrunner_find_jdk() {
  showrunner_locate_jdk || return 1
  # Maven's Guice warns on JDK 24+ about sun.misc.Unsafe; the flag exists only there.
  showrunner_java_major "$JAVA_HOME/bin/java"   # leaves SHOWRUNNER_JAVA_MAJOR for the caller
  if [ "$SHOWRUNNER_JAVA_MAJOR" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *)
      export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" ;; esac
  fi
}

showrunner_locate_jdk() {
  local required=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    showrunner_java_major "$JAVA_HOME/bin/java"; major=$SHOWRUNNER_JAVA_MAJOR
    if [ -n "$major" ] && [ "$major" -ge "$required" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(readlink -f "$(command -v javac)"); candidate=${candidate%/bin/javac}
    showrunner_java_major "$candidate/bin/java"; major=$SHOWRUNNER_JAVA_MAJOR
    if [ -n "$major" ] && [ "$major" -ge "$required" ]; then
      export JAVA_HOME="$candidate"; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    showrunner_java_major "$candidate/bin/java"; major=$SHOWRUNNER_JAVA_MAJOR
    if [ -n "$major" ] && [ "$major" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  cat >&2 <<MSG
Showrunner needs a JDK $required or newer, and none was found
(JAVA_HOME is '${JAVA_HOME:-unset}'; the java on the PATH and /usr/lib/jvm hold none).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or openjdk-25-jdk)
  macOS:          brew install openjdk@21
  anywhere:       a Temurin 21+ JDK from adoptium.net, then set JAVA_HOME to it
MSG
  return 1
}
