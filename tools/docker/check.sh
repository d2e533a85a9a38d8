#!/usr/bin/env bash
# What CI can check of the Dockerfile without a Docker engine. It reads the Dockerfile, so the
# check follows it when it changes:
#   1. the rules below (a few of hadolint's, written in shell: no hadolint package is reachable
#      from the build machines, so this is NOT hadolint);
#   2. the build stage: a scratch folder gets only what its COPY lines copy (minus
#      .dockerignore), and its RUN lines run there with the local JDK, their absolute paths
#      moved under the scratch root and nothing else changed;
#   3. the runtime stage: its COPY --from=build sources must be what the build produced (each
#      layer's size is printed), and its ENTRYPOINT, run from those layers with an ephemeral store
#      on port 0, must become ready; then the HEALTHCHECK command itself must say healthy;
#   4. docker-compose.yml is accepted by docker-compose config (Debian's docker-compose,
#      installed here if missing; a failed install fails the check).
# Usage: tools/docker/check.sh   (from anywhere; exit 0 when every check passed)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dockerfile="$repo/Dockerfile"
scratch=$(mktemp -d)
root="$scratch/root"
service=""
cleanup() {
	if [ -n "$service" ]; then
		kill "$service" 2>/dev/null || true
		wait "$service" 2>/dev/null || true
	fi
	rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
	echo "docker check: $*" >&2
	exit 1
}

# The Dockerfile as one instruction a line: comments dropped, continuations joined.
instructions="$scratch/instructions"
sed -e '/^[[:space:]]*#/d' "$dockerfile" | awk '
	/\\[[:space:]]*$/ { sub(/\\[[:space:]]*$/, ""); line = line $0; next }
	{ line = line $0; if (line ~ /[^[:space:]]/) print line; line = "" }' >"$instructions"

# Stage N's instructions (1-based), without its FROM.
stage() {
	awk -v want="$1" 'toupper($1) == "FROM" { n++; next } n == want' "$instructions"
}
[ "$(grep -ci '^FROM ' "$instructions")" -eq 2 ] || fail "expected two stages, a build and a runtime one"
build_stage=$(stage 1)
runtime_stage=$(stage 2)
[[ "$(grep -i '^FROM ' "$instructions" | head -n 1)" =~ [[:space:]][Aa][Ss][[:space:]]+build$ ]] \
	|| fail "the first stage must be named build"

# 1. Rules.
while read -r _ image _; do
	case "$image" in
		*@sha256:*) ;;
		*:latest) fail "base image $image: no latest tags" ;;
		*:*[0-9].*[0-9].*[0-9]*) ;;
		*) fail "base image $image is not pinned to a full version or a digest" ;;
	esac
done < <(grep -i '^FROM ' "$instructions")
user=$(printf '%s\n' "$runtime_stage" | awk 'toupper($1) == "USER" { u = $2 } END { print u }')
case "$user" in
	"" | root | 0 | 0:*) fail "the runtime stage must end on a non-root USER (it has '${user:-none}')" ;;
esac
printf '%s\n' "$runtime_stage" | grep -qi '^HEALTHCHECK ' || fail "the runtime stage has no HEALTHCHECK"
printf '%s\n' "$runtime_stage" | grep -qi '^ENTRYPOINT \[' || fail "the ENTRYPOINT must be in exec form"
if grep -Ei '^RUN .*apt-get install' "$instructions" | grep -qv -- '--no-install-recommends'; then
	fail "apt-get install without --no-install-recommends"
fi
echo "docker check: rules passed (pinned base images, USER $user, HEALTHCHECK, exec-form ENTRYPOINT)"

# A path inside the image, moved under the scratch root.
inside() {
	case "$1" in
		/*) printf '%s%s' "$root" "$1" ;;
		*) printf '%s/%s' "$2" "$1" ;;
	esac
}

# 2. The build stage. The context is the repository without what .dockerignore leaves out.
context="$scratch/context"
mkdir -p "$context" "$root"
excludes=()
while read -r pattern; do
	pattern=${pattern%/}
	[ -n "$pattern" ] && [ "${pattern:0:1}" != "#" ] && excludes+=("--exclude=./$pattern")
done <"$repo/.dockerignore"
tar -C "$repo" --anchored "${excludes[@]}" -cf - . | tar -C "$context" -xf -

workdir="$root"
started=$(date +%s)
while read -r keyword rest; do
	case "${keyword^^}" in
		WORKDIR)
			workdir=$(inside "$rest" "$workdir")
			mkdir -p "$workdir"
			;;
		COPY)
			read -r -a words <<<"$rest"
			[[ "${words[0]}" == --* ]] && fail "the build stage's COPY $rest: options are not understood here"
			target=$(inside "${words[-1]}" "$workdir")
			for source in "${words[@]:0:${#words[@]}-1}"; do
				[ -e "$context/$source" ] || fail "COPY $source: not in the build context"
				if [ -d "$context/$source" ]; then
					mkdir -p "$target"
					cp -a "$context/$source/." "$target/"
				else
					mkdir -p "$target"
					cp -a "$context/$source" "$target/"
				fi
			done
			;;
		RUN)
			# Absolute paths (a word starting with /) move under the scratch root.
			command=$(printf '%s' "$rest" | sed -E "s#(^|[[:space:]=])/#\\1$root/#g")
			echo "docker check: RUN $rest"
			(cd "$workdir" && sh -c "$command" </dev/null) || fail "the build stage's RUN failed: $rest"
			;;
		ENV | ARG | LABEL) fail "the build stage's $keyword is not understood here: extend this check" ;;
	esac
done <<<"$build_stage"
echo "docker check: build stage ran in $(($(date +%s) - started)) s"

# 3. The runtime stage: the layers, then the service started from them as the image would.
app="$root/runtime"
mkdir -p "$app"
runtime_workdir="$app"
declare -A environment=()
while read -r keyword rest; do
	case "${keyword^^}" in
		WORKDIR) runtime_workdir="$app$rest" && mkdir -p "$runtime_workdir" ;;
		COPY)
			read -r -a words <<<"$rest"
			[ "${words[0]}" = "--from=build" ] || fail "the runtime stage copies only from the build stage: COPY $rest"
			source=$(inside "${words[1]}" /)
			[ -d "$source" ] || fail "COPY ${words[1]}: the build stage produced no such layer"
			echo "docker check: layer ${words[1]} $(du -sh "$source" | cut -f1)"
			target="${words[2]}"
			case "$target" in /*) target="$app$target" ;; *) target="$runtime_workdir/$target" ;; esac
			mkdir -p "$target"
			cp -a "$source/." "$target/"
			;;
		ENV)
			name=${rest%%=*}
			value=${rest#*=}
			case "$value" in /*) value="$app$value" ;; esac
			environment[$name]=$value
			;;
	esac
done <<<"$runtime_stage"

# Exec forms are JSON arrays; node (which CI has for tools/codegen) reads them.
json_words() {
	node -e 'for (const word of JSON.parse(require("fs").readFileSync(0, "utf8"))) process.stdout.write(word + "\0")'
}
instruction_json() {
	printf '%s\n' "$runtime_stage" | grep -i "^$1 " | tail -n 1 | sed -E "s/^(.*[[:space:]])?$2[[:space:]]+//"
}
mapfile -d '' -t command < <(instruction_json ENTRYPOINT ENTRYPOINT | json_words)
[ "${#command[@]}" -gt 0 ] || fail "the ENTRYPOINT could not be read"
for i in "${!command[@]}"; do
	case "${command[$i]}" in /*) [ "$i" -gt 0 ] && command[i]="$app${command[$i]}" ;; esac
done
log="$scratch/service.log"
env_args=()
for name in "${!environment[@]}"; do
	env_args+=("$name=${environment[$name]}")
done
# The image's environment, then what makes this run independent of others on the machine.
(cd "$runtime_workdir" && exec env "${env_args[@]}" CHAINGRAPH_EPHEMERAL=true CHAINGRAPH_BOLT_PORT=0 PORT=0 \
	NEO4J_URI= JAVA_TOOL_OPTIONS=-Xmx512m "${command[@]}") >"$log" 2>&1 &
service=$!
started=$(date +%s)
port=""
for _ in $(seq 1 600); do
	kill -0 "$service" 2>/dev/null || { cat "$log" >&2; fail "the service started from the layers exited"; }
	url=$(grep -o 'GraphQL http://[^ ]*/graphql' "$log" | head -n 1 | cut -d' ' -f2 || true)
	if [ -n "$url" ]; then
		port=${url#http://*:}
		port=${port%%/*}
		curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"' && break
	fi
	port=""
	sleep 0.5
done
[ -n "$port" ] || { cat "$log" >&2; fail "the service started from the layers was not ready within 300 s"; }
echo "docker check: ready from the layers in $(($(date +%s) - started)) s, on port $port"
# The image's first start on an empty /data opens the seed store the build stage wrote.
grep -q 'Seed store .* unpacked in' "$log" \
	|| { cat "$log" >&2; fail "the first start did not unpack the seed store beside the jar"; }
echo "docker check: the first start unpacked the image's seed store"

mapfile -d '' -t probe < <(instruction_json HEALTHCHECK CMD | json_words)
[ "${#probe[@]}" -gt 0 ] || fail "the HEALTHCHECK command could not be read"
PORT=$port "${probe[@]}" || fail "the HEALTHCHECK command says unhealthy though readiness is UP"
echo "docker check: the HEALTHCHECK command says healthy"
kill "$service"
wait "$service" 2>/dev/null || true
service=""

# 4. docker-compose.yml.
if ! command -v docker-compose >/dev/null; then
	(apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-compose >/dev/null) \
		|| fail "docker-compose could not be installed"
fi
(cd "$repo" && docker-compose -f docker-compose.yml config -q) || fail "docker-compose config rejects docker-compose.yml"
echo "docker check: docker-compose config accepts docker-compose.yml"
echo "docker check: passed"
