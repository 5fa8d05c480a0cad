using ReportBot.Cli;

return await ReportBotCli.RunAsync(args);
