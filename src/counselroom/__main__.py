from counselroom.cli import main

raise SystemExit(main())
