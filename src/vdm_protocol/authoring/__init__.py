"""Workshop authoring tools: lint, spreadsheets, version diff and scaffolding."""
