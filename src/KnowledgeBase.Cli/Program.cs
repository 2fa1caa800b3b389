using KnowledgeBase.Cli;

// `kb`: everything lives in KbApp so tests can run it in process with their own writers.
return KbApp.Run(args, KbConsole.FromProcess());
