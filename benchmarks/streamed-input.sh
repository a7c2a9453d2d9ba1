#!/usr/bin/env bash
# A streamed input of N generated rows through `ntm evaluate`, with the peak memory of the process.
# Usage: benchmarks/streamed-input.sh [ROWS ...]   (default: 100000 1000000)
# Rows cycle through samples/communes.csv with fresh ids, so every region, year and district shape appears.
# INPUTS="csv xlsx" also reads the rows as a workbook (converted by LibreOffice, which must be installed);
# FORMATS="csv json xlsx html" chooses the reports (a workbook or page is described by its size).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Ntm.Criteria.Cli -c Release -v quiet -nologo >/dev/null
ntm=src/Ntm.Criteria.Cli/bin/Release/net10.0/ntm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%10s | %-5s | %-6s | %9s | %9s | %8s | %s\n' rows input format file 'peak RSS' elapsed 'rows read / evaluated / rejected'
for rows in "${@:-100000 1000000}"; do
  awk -v rows="$rows" -F, 'BEGIN { OFS = "," }
    /^#/ { next }
    !header { print; header = 1; next }
    { sample[n++] = $0 }
    END { for (i = 0; i < rows; i++) { $0 = sample[i % n]; $1 = sprintf("M%07d", i + 1); print } }' samples/communes.csv > "$work/communes.csv"
  for input in ${INPUTS:-csv}; do
    if [ "$input" = xlsx ]; then
      # 44,34,76: comma-separated, double quotes, UTF-8.
      soffice --headless --infilter=CSV:44,34,76 --convert-to xlsx --outdir "$work" "$work/communes.csv" >/dev/null 2>&1
    fi
    for format in ${FORMATS:-csv json}; do
      /usr/bin/time -f '%M %e' -o "$work/time" "$ntm" evaluate "$work/communes.$input" --format "$format" --out "$work/report.$format" 2> "$work/stderr" || true
      read -r peak elapsed < "$work/time"
      if [ "$format" = json ]; then
        counts=$(grep -o '"rowsRead": *[0-9]*\|"rowsEvaluated": *[0-9]*\|"rowsRejected": *[0-9]*' "$work/report.json" | grep -o '[0-9]*$' | paste -sd/ -)
      elif [ "$format" = csv ]; then
        counts="$(( $(wc -l < "$work/report.csv") - 1 )) evaluated"
      else
        counts="report of $(( $(stat -c %s "$work/report.$format") / 1048576 )) MB"
      fi
      printf '%10s | %-5s | %-6s | %6d MB | %6d MB | %7ss | %s\n' "$rows" "$input" "$format" $(( $(stat -c %s "$work/communes.$input") / 1048576 )) $(( peak / 1024 )) "$elapsed" "$counts"
    done
  done
done
