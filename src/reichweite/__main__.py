from reichweite.cli import main

main()
