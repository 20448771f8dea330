"""The bundled experiment specs, one TOML file per paper (claims, task registry, tiers,
compute), read by ``replicate.spec.load_spec``."""
