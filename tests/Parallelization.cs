// Classes run in parallel, methods within a class in order: tests that share a server or a process live in one class.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel)]
