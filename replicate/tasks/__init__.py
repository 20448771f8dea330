"""The tasks a replication trains and evaluates on: task families (how a task's examples become
model inputs, which head reads them and how predictions are scored) in code, the tasks
themselves as data (the ``[tasks.*]`` tables of a spec).

``base`` defines the example formats every data source produces, the synthetic benchmark
(``replicate.synthetic``) and the real data sets alike, so one pipeline serves every tier;
``families`` holds one registered class per family; the real data sets come through
``hub`` (loading and counting), reading from ``sources`` (a local copy or the Hugging Face
hub), with ``adapters`` for each task's raw schema, ``bucc`` for the original BUCC 2018
files, and ``mirror`` to save them for machines without the hub."""
