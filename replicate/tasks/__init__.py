"""The task registry: task families (how a task's examples become model inputs, which head
reads them and how predictions are scored) in code, the tasks themselves as data (the
``[tasks.*]`` tables of a spec). ``base`` defines the example formats every data source
produces: the synthetic benchmark (``replicate.synthetic``) and the real datasets
(``replicate.tasks.hub``) alike, so one pipeline serves every tier."""
