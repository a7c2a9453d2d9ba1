using Ntm.Criteria.Cli;

return CliApp.Run(args, CliConsole.OfProcess());
