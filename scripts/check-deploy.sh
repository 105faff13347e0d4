#!/usr/bin/env bash
# The deploy files must be valid and the alert rules must pass their unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
promtool check config deploy/prometheus/prometheus.yml
promtool check config deploy/prometheus/central.yml
KIOSK_ID=check promtool check config --agent deploy/prometheus/agent.yml
promtool check rules deploy/prometheus/alerts.yml
promtool test rules deploy/prometheus/alerts.test.yml
