using Ntm.Criteria.Cli;

return CliApp.Run(args, CliConsole.System);
