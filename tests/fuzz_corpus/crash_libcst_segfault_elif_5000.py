def f(x):
    if x == 0:
        return 0
    elif x == 1:
        return 1
    elif x == 2:
        return 2
    elif x == 3:
        return 3
    elif x == 4:
        return 4
    elif x == 5:
        return 5
    elif x == 6:
        return 6
    elif x == 7:
        return 7
    elif x == 8:
        return 8
    elif x == 9:
        return 9
    elif x == 10:
        return 10
    elif x == 11:
        return 11
    elif x == 12:
        return 12
    elif x == 13:
        return 13
    elif x == 14:
        return 14
    elif x == 15:
        return 15
    elif x == 16:
        return 16
    elif x == 17:
        return 17
    elif x == 18:
        return 18
    elif x == 19:
        return 19
    elif x == 20:
        return 20
    elif x == 21:
        return 21
    elif x == 22:
        return 22
    elif x == 23:
        return 23
    elif x == 24:
        return 24
    elif x == 25:
        return 25
    elif x == 26:
        return 26
    elif x == 27:
        return 27
    elif x == 28:
        return 28
    elif x == 29:
        return 29
    elif x == 30:
        return 30
    elif x == 31:
        return 31
    elif x == 32:
        return 32
    elif x == 33:
        return 33
    elif x == 34:
        return 34
    elif x == 35:
        return 35
    elif x == 36:
        return 36
    elif x == 37:
        return 37
    elif x == 38:
        return 38
    elif x == 39:
        return 39
    elif x == 40:
        return 40
    elif x == 41:
        return 41
    elif x == 42:
        return 42
    elif x == 43:
        return 43
    elif x == 44:
        return 44
    elif x == 45:
        return 45
    elif x == 46:
        return 46
    elif x == 47:
        return 47
    elif x == 48:
        return 48
    elif x == 49:
        return 49
    elif x == 50:
        return 50
    elif x == 51:
        return 51
    elif x == 52:
        return 52
    elif x == 53:
        return 53
    elif x == 54:
        return 54
    elif x == 55:
        return 55
    elif x == 56:
        return 56
    elif x == 57:
        return 57
    elif x == 58:
        return 58
    elif x == 59:
        return 59
    elif x == 60:
        return 60
    elif x == 61:
        return 61
    elif x == 62:
        return 62
    elif x == 63:
        return 63
    elif x == 64:
        return 64
    elif x == 65:
        return 65
    elif x == 66:
        return 66
    elif x == 67:
        return 67
    elif x == 68:
        return 68
    elif x == 69:
        return 69
    elif x == 70:
        return 70
    elif x == 71:
        return 71
    elif x == 72:
        return 72
    elif x == 73:
        return 73
    elif x == 74:
        return 74
    elif x == 75:
        return 75
    elif x == 76:
        return 76
    elif x == 77:
        return 77
    elif x == 78:
        return 78
    elif x == 79:
        return 79
    elif x == 80:
        return 80
    elif x == 81:
        return 81
    elif x == 82:
        return 82
    elif x == 83:
        return 83
    elif x == 84:
        return 84
    elif x == 85:
        return 85
    elif x == 86:
        return 86
    elif x == 87:
        return 87
    elif x == 88:
        return 88
    elif x == 89:
        return 89
    elif x == 90:
        return 90
    elif x == 91:
        return 91
    elif x == 92:
        return 92
    elif x == 93:
        return 93
    elif x == 94:
        return 94
    elif x == 95:
        return 95
    elif x == 96:
        return 96
    elif x == 97:
        return 97
    elif x == 98:
        return 98
    elif x == 99:
        return 99
    elif x == 100:
        return 100
    elif x == 101:
        return 101
    elif x == 102:
        return 102
    elif x == 103:
        return 103
    elif x == 104:
        return 104
    elif x == 105:
        return 105
    elif x == 106:
        return 106
    elif x == 107:
        return 107
    elif x == 108:
        return 108
    elif x == 109:
        return 109
    elif x == 110:
        return 110
    elif x == 111:
        return 111
    elif x == 112:
        return 112
    elif x == 113:
        return 113
    elif x == 114:
        return 114
    elif x == 115:
        return 115
    elif x == 116:
        return 116
    elif x == 117:
        return 117
    elif x == 118:
        return 118
    elif x == 119:
        return 119
    elif x == 120:
        return 120
    elif x == 121:
        return 121
    elif x == 122:
        return 122
    elif x == 123:
        return 123
    elif x == 124:
        return 124
    elif x == 125:
        return 125
    elif x == 126:
        return 126
    elif x == 127:
        return 127
    elif x == 128:
        return 128
    elif x == 129:
        return 129
    elif x == 130:
        return 130
    elif x == 131:
        return 131
    elif x == 132:
        return 132
    elif x == 133:
        return 133
    elif x == 134:
        return 134
    elif x == 135:
        return 135
    elif x == 136:
        return 136
    elif x == 137:
        return 137
    elif x == 138:
        return 138
    elif x == 139:
        return 139
    elif x == 140:
        return 140
    elif x == 141:
        return 141
    elif x == 142:
        return 142
    elif x == 143:
        return 143
    elif x == 144:
        return 144
    elif x == 145:
        return 145
    elif x == 146:
        return 146
    elif x == 147:
        return 147
    elif x == 148:
        return 148
    elif x == 149:
        return 149
    elif x == 150:
        return 150
    elif x == 151:
        return 151
    elif x == 152:
        return 152
    elif x == 153:
        return 153
    elif x == 154:
        return 154
    elif x == 155:
        return 155
    elif x == 156:
        return 156
    elif x == 157:
        return 157
    elif x == 158:
        return 158
    elif x == 159:
        return 159
    elif x == 160:
        return 160
    elif x == 161:
        return 161
    elif x == 162:
        return 162
    elif x == 163:
        return 163
    elif x == 164:
        return 164
    elif x == 165:
        return 165
    elif x == 166:
        return 166
    elif x == 167:
        return 167
    elif x == 168:
        return 168
    elif x == 169:
        return 169
    elif x == 170:
        return 170
    elif x == 171:
        return 171
    elif x == 172:
        return 172
    elif x == 173:
        return 173
    elif x == 174:
        return 174
    elif x == 175:
        return 175
    elif x == 176:
        return 176
    elif x == 177:
        return 177
    elif x == 178:
        return 178
    elif x == 179:
        return 179
    elif x == 180:
        return 180
    elif x == 181:
        return 181
    elif x == 182:
        return 182
    elif x == 183:
        return 183
    elif x == 184:
        return 184
    elif x == 185:
        return 185
    elif x == 186:
        return 186
    elif x == 187:
        return 187
    elif x == 188:
        return 188
    elif x == 189:
        return 189
    elif x == 190:
        return 190
    elif x == 191:
        return 191
    elif x == 192:
        return 192
    elif x == 193:
        return 193
    elif x == 194:
        return 194
    elif x == 195:
        return 195
    elif x == 196:
        return 196
    elif x == 197:
        return 197
    elif x == 198:
        return 198
    elif x == 199:
        return 199
    elif x == 200:
        return 200
    elif x == 201:
        return 201
    elif x == 202:
        return 202
    elif x == 203:
        return 203
    elif x == 204:
        return 204
    elif x == 205:
        return 205
    elif x == 206:
        return 206
    elif x == 207:
        return 207
    elif x == 208:
        return 208
    elif x == 209:
        return 209
    elif x == 210:
        return 210
    elif x == 211:
        return 211
    elif x == 212:
        return 212
    elif x == 213:
        return 213
    elif x == 214:
        return 214
    elif x == 215:
        return 215
    elif x == 216:
        return 216
    elif x == 217:
        return 217
    elif x == 218:
        return 218
    elif x == 219:
        return 219
    elif x == 220:
        return 220
    elif x == 221:
        return 221
    elif x == 222:
        return 222
    elif x == 223:
        return 223
    elif x == 224:
        return 224
    elif x == 225:
        return 225
    elif x == 226:
        return 226
    elif x == 227:
        return 227
    elif x == 228:
        return 228
    elif x == 229:
        return 229
    elif x == 230:
        return 230
    elif x == 231:
        return 231
    elif x == 232:
        return 232
    elif x == 233:
        return 233
    elif x == 234:
        return 234
    elif x == 235:
        return 235
    elif x == 236:
        return 236
    elif x == 237:
        return 237
    elif x == 238:
        return 238
    elif x == 239:
        return 239
    elif x == 240:
        return 240
    elif x == 241:
        return 241
    elif x == 242:
        return 242
    elif x == 243:
        return 243
    elif x == 244:
        return 244
    elif x == 245:
        return 245
    elif x == 246:
        return 246
    elif x == 247:
        return 247
    elif x == 248:
        return 248
    elif x == 249:
        return 249
    elif x == 250:
        return 250
    elif x == 251:
        return 251
    elif x == 252:
        return 252
    elif x == 253:
        return 253
    elif x == 254:
        return 254
    elif x == 255:
        return 255
    elif x == 256:
        return 256
    elif x == 257:
        return 257
    elif x == 258:
        return 258
    elif x == 259:
        return 259
    elif x == 260:
        return 260
    elif x == 261:
        return 261
    elif x == 262:
        return 262
    elif x == 263:
        return 263
    elif x == 264:
        return 264
    elif x == 265:
        return 265
    elif x == 266:
        return 266
    elif x == 267:
        return 267
    elif x == 268:
        return 268
    elif x == 269:
        return 269
    elif x == 270:
        return 270
    elif x == 271:
        return 271
    elif x == 272:
        return 272
    elif x == 273:
        return 273
    elif x == 274:
        return 274
    elif x == 275:
        return 275
    elif x == 276:
        return 276
    elif x == 277:
        return 277
    elif x == 278:
        return 278
    elif x == 279:
        return 279
    elif x == 280:
        return 280
    elif x == 281:
        return 281
    elif x == 282:
        return 282
    elif x == 283:
        return 283
    elif x == 284:
        return 284
    elif x == 285:
        return 285
    elif x == 286:
        return 286
    elif x == 287:
        return 287
    elif x == 288:
        return 288
    elif x == 289:
        return 289
    elif x == 290:
        return 290
    elif x == 291:
        return 291
    elif x == 292:
        return 292
    elif x == 293:
        return 293
    elif x == 294:
        return 294
    elif x == 295:
        return 295
    elif x == 296:
        return 296
    elif x == 297:
        return 297
    elif x == 298:
        return 298
    elif x == 299:
        return 299
    elif x == 300:
        return 300
    elif x == 301:
        return 301
    elif x == 302:
        return 302
    elif x == 303:
        return 303
    elif x == 304:
        return 304
    elif x == 305:
        return 305
    elif x == 306:
        return 306
    elif x == 307:
        return 307
    elif x == 308:
        return 308
    elif x == 309:
        return 309
    elif x == 310:
        return 310
    elif x == 311:
        return 311
    elif x == 312:
        return 312
    elif x == 313:
        return 313
    elif x == 314:
        return 314
    elif x == 315:
        return 315
    elif x == 316:
        return 316
    elif x == 317:
        return 317
    elif x == 318:
        return 318
    elif x == 319:
        return 319
    elif x == 320:
        return 320
    elif x == 321:
        return 321
    elif x == 322:
        return 322
    elif x == 323:
        return 323
    elif x == 324:
        return 324
    elif x == 325:
        return 325
    elif x == 326:
        return 326
    elif x == 327:
        return 327
    elif x == 328:
        return 328
    elif x == 329:
        return 329
    elif x == 330:
        return 330
    elif x == 331:
        return 331
    elif x == 332:
        return 332
    elif x == 333:
        return 333
    elif x == 334:
        return 334
    elif x == 335:
        return 335
    elif x == 336:
        return 336
    elif x == 337:
        return 337
    elif x == 338:
        return 338
    elif x == 339:
        return 339
    elif x == 340:
        return 340
    elif x == 341:
        return 341
    elif x == 342:
        return 342
    elif x == 343:
        return 343
    elif x == 344:
        return 344
    elif x == 345:
        return 345
    elif x == 346:
        return 346
    elif x == 347:
        return 347
    elif x == 348:
        return 348
    elif x == 349:
        return 349
    elif x == 350:
        return 350
    elif x == 351:
        return 351
    elif x == 352:
        return 352
    elif x == 353:
        return 353
    elif x == 354:
        return 354
    elif x == 355:
        return 355
    elif x == 356:
        return 356
    elif x == 357:
        return 357
    elif x == 358:
        return 358
    elif x == 359:
        return 359
    elif x == 360:
        return 360
    elif x == 361:
        return 361
    elif x == 362:
        return 362
    elif x == 363:
        return 363
    elif x == 364:
        return 364
    elif x == 365:
        return 365
    elif x == 366:
        return 366
    elif x == 367:
        return 367
    elif x == 368:
        return 368
    elif x == 369:
        return 369
    elif x == 370:
        return 370
    elif x == 371:
        return 371
    elif x == 372:
        return 372
    elif x == 373:
        return 373
    elif x == 374:
        return 374
    elif x == 375:
        return 375
    elif x == 376:
        return 376
    elif x == 377:
        return 377
    elif x == 378:
        return 378
    elif x == 379:
        return 379
    elif x == 380:
        return 380
    elif x == 381:
        return 381
    elif x == 382:
        return 382
    elif x == 383:
        return 383
    elif x == 384:
        return 384
    elif x == 385:
        return 385
    elif x == 386:
        return 386
    elif x == 387:
        return 387
    elif x == 388:
        return 388
    elif x == 389:
        return 389
    elif x == 390:
        return 390
    elif x == 391:
        return 391
    elif x == 392:
        return 392
    elif x == 393:
        return 393
    elif x == 394:
        return 394
    elif x == 395:
        return 395
    elif x == 396:
        return 396
    elif x == 397:
        return 397
    elif x == 398:
        return 398
    elif x == 399:
        return 399
    elif x == 400:
        return 400
    elif x == 401:
        return 401
    elif x == 402:
        return 402
    elif x == 403:
        return 403
    elif x == 404:
        return 404
    elif x == 405:
        return 405
    elif x == 406:
        return 406
    elif x == 407:
        return 407
    elif x == 408:
        return 408
    elif x == 409:
        return 409
    elif x == 410:
        return 410
    elif x == 411:
        return 411
    elif x == 412:
        return 412
    elif x == 413:
        return 413
    elif x == 414:
        return 414
    elif x == 415:
        return 415
    elif x == 416:
        return 416
    elif x == 417:
        return 417
    elif x == 418:
        return 418
    elif x == 419:
        return 419
    elif x == 420:
        return 420
    elif x == 421:
        return 421
    elif x == 422:
        return 422
    elif x == 423:
        return 423
    elif x == 424:
        return 424
    elif x == 425:
        return 425
    elif x == 426:
        return 426
    elif x == 427:
        return 427
    elif x == 428:
        return 428
    elif x == 429:
        return 429
    elif x == 430:
        return 430
    elif x == 431:
        return 431
    elif x == 432:
        return 432
    elif x == 433:
        return 433
    elif x == 434:
        return 434
    elif x == 435:
        return 435
    elif x == 436:
        return 436
    elif x == 437:
        return 437
    elif x == 438:
        return 438
    elif x == 439:
        return 439
    elif x == 440:
        return 440
    elif x == 441:
        return 441
    elif x == 442:
        return 442
    elif x == 443:
        return 443
    elif x == 444:
        return 444
    elif x == 445:
        return 445
    elif x == 446:
        return 446
    elif x == 447:
        return 447
    elif x == 448:
        return 448
    elif x == 449:
        return 449
    elif x == 450:
        return 450
    elif x == 451:
        return 451
    elif x == 452:
        return 452
    elif x == 453:
        return 453
    elif x == 454:
        return 454
    elif x == 455:
        return 455
    elif x == 456:
        return 456
    elif x == 457:
        return 457
    elif x == 458:
        return 458
    elif x == 459:
        return 459
    elif x == 460:
        return 460
    elif x == 461:
        return 461
    elif x == 462:
        return 462
    elif x == 463:
        return 463
    elif x == 464:
        return 464
    elif x == 465:
        return 465
    elif x == 466:
        return 466
    elif x == 467:
        return 467
    elif x == 468:
        return 468
    elif x == 469:
        return 469
    elif x == 470:
        return 470
    elif x == 471:
        return 471
    elif x == 472:
        return 472
    elif x == 473:
        return 473
    elif x == 474:
        return 474
    elif x == 475:
        return 475
    elif x == 476:
        return 476
    elif x == 477:
        return 477
    elif x == 478:
        return 478
    elif x == 479:
        return 479
    elif x == 480:
        return 480
    elif x == 481:
        return 481
    elif x == 482:
        return 482
    elif x == 483:
        return 483
    elif x == 484:
        return 484
    elif x == 485:
        return 485
    elif x == 486:
        return 486
    elif x == 487:
        return 487
    elif x == 488:
        return 488
    elif x == 489:
        return 489
    elif x == 490:
        return 490
    elif x == 491:
        return 491
    elif x == 492:
        return 492
    elif x == 493:
        return 493
    elif x == 494:
        return 494
    elif x == 495:
        return 495
    elif x == 496:
        return 496
    elif x == 497:
        return 497
    elif x == 498:
        return 498
    elif x == 499:
        return 499
    elif x == 500:
        return 500
    elif x == 501:
        return 501
    elif x == 502:
        return 502
    elif x == 503:
        return 503
    elif x == 504:
        return 504
    elif x == 505:
        return 505
    elif x == 506:
        return 506
    elif x == 507:
        return 507
    elif x == 508:
        return 508
    elif x == 509:
        return 509
    elif x == 510:
        return 510
    elif x == 511:
        return 511
    elif x == 512:
        return 512
    elif x == 513:
        return 513
    elif x == 514:
        return 514
    elif x == 515:
        return 515
    elif x == 516:
        return 516
    elif x == 517:
        return 517
    elif x == 518:
        return 518
    elif x == 519:
        return 519
    elif x == 520:
        return 520
    elif x == 521:
        return 521
    elif x == 522:
        return 522
    elif x == 523:
        return 523
    elif x == 524:
        return 524
    elif x == 525:
        return 525
    elif x == 526:
        return 526
    elif x == 527:
        return 527
    elif x == 528:
        return 528
    elif x == 529:
        return 529
    elif x == 530:
        return 530
    elif x == 531:
        return 531
    elif x == 532:
        return 532
    elif x == 533:
        return 533
    elif x == 534:
        return 534
    elif x == 535:
        return 535
    elif x == 536:
        return 536
    elif x == 537:
        return 537
    elif x == 538:
        return 538
    elif x == 539:
        return 539
    elif x == 540:
        return 540
    elif x == 541:
        return 541
    elif x == 542:
        return 542
    elif x == 543:
        return 543
    elif x == 544:
        return 544
    elif x == 545:
        return 545
    elif x == 546:
        return 546
    elif x == 547:
        return 547
    elif x == 548:
        return 548
    elif x == 549:
        return 549
    elif x == 550:
        return 550
    elif x == 551:
        return 551
    elif x == 552:
        return 552
    elif x == 553:
        return 553
    elif x == 554:
        return 554
    elif x == 555:
        return 555
    elif x == 556:
        return 556
    elif x == 557:
        return 557
    elif x == 558:
        return 558
    elif x == 559:
        return 559
    elif x == 560:
        return 560
    elif x == 561:
        return 561
    elif x == 562:
        return 562
    elif x == 563:
        return 563
    elif x == 564:
        return 564
    elif x == 565:
        return 565
    elif x == 566:
        return 566
    elif x == 567:
        return 567
    elif x == 568:
        return 568
    elif x == 569:
        return 569
    elif x == 570:
        return 570
    elif x == 571:
        return 571
    elif x == 572:
        return 572
    elif x == 573:
        return 573
    elif x == 574:
        return 574
    elif x == 575:
        return 575
    elif x == 576:
        return 576
    elif x == 577:
        return 577
    elif x == 578:
        return 578
    elif x == 579:
        return 579
    elif x == 580:
        return 580
    elif x == 581:
        return 581
    elif x == 582:
        return 582
    elif x == 583:
        return 583
    elif x == 584:
        return 584
    elif x == 585:
        return 585
    elif x == 586:
        return 586
    elif x == 587:
        return 587
    elif x == 588:
        return 588
    elif x == 589:
        return 589
    elif x == 590:
        return 590
    elif x == 591:
        return 591
    elif x == 592:
        return 592
    elif x == 593:
        return 593
    elif x == 594:
        return 594
    elif x == 595:
        return 595
    elif x == 596:
        return 596
    elif x == 597:
        return 597
    elif x == 598:
        return 598
    elif x == 599:
        return 599
    elif x == 600:
        return 600
    elif x == 601:
        return 601
    elif x == 602:
        return 602
    elif x == 603:
        return 603
    elif x == 604:
        return 604
    elif x == 605:
        return 605
    elif x == 606:
        return 606
    elif x == 607:
        return 607
    elif x == 608:
        return 608
    elif x == 609:
        return 609
    elif x == 610:
        return 610
    elif x == 611:
        return 611
    elif x == 612:
        return 612
    elif x == 613:
        return 613
    elif x == 614:
        return 614
    elif x == 615:
        return 615
    elif x == 616:
        return 616
    elif x == 617:
        return 617
    elif x == 618:
        return 618
    elif x == 619:
        return 619
    elif x == 620:
        return 620
    elif x == 621:
        return 621
    elif x == 622:
        return 622
    elif x == 623:
        return 623
    elif x == 624:
        return 624
    elif x == 625:
        return 625
    elif x == 626:
        return 626
    elif x == 627:
        return 627
    elif x == 628:
        return 628
    elif x == 629:
        return 629
    elif x == 630:
        return 630
    elif x == 631:
        return 631
    elif x == 632:
        return 632
    elif x == 633:
        return 633
    elif x == 634:
        return 634
    elif x == 635:
        return 635
    elif x == 636:
        return 636
    elif x == 637:
        return 637
    elif x == 638:
        return 638
    elif x == 639:
        return 639
    elif x == 640:
        return 640
    elif x == 641:
        return 641
    elif x == 642:
        return 642
    elif x == 643:
        return 643
    elif x == 644:
        return 644
    elif x == 645:
        return 645
    elif x == 646:
        return 646
    elif x == 647:
        return 647
    elif x == 648:
        return 648
    elif x == 649:
        return 649
    elif x == 650:
        return 650
    elif x == 651:
        return 651
    elif x == 652:
        return 652
    elif x == 653:
        return 653
    elif x == 654:
        return 654
    elif x == 655:
        return 655
    elif x == 656:
        return 656
    elif x == 657:
        return 657
    elif x == 658:
        return 658
    elif x == 659:
        return 659
    elif x == 660:
        return 660
    elif x == 661:
        return 661
    elif x == 662:
        return 662
    elif x == 663:
        return 663
    elif x == 664:
        return 664
    elif x == 665:
        return 665
    elif x == 666:
        return 666
    elif x == 667:
        return 667
    elif x == 668:
        return 668
    elif x == 669:
        return 669
    elif x == 670:
        return 670
    elif x == 671:
        return 671
    elif x == 672:
        return 672
    elif x == 673:
        return 673
    elif x == 674:
        return 674
    elif x == 675:
        return 675
    elif x == 676:
        return 676
    elif x == 677:
        return 677
    elif x == 678:
        return 678
    elif x == 679:
        return 679
    elif x == 680:
        return 680
    elif x == 681:
        return 681
    elif x == 682:
        return 682
    elif x == 683:
        return 683
    elif x == 684:
        return 684
    elif x == 685:
        return 685
    elif x == 686:
        return 686
    elif x == 687:
        return 687
    elif x == 688:
        return 688
    elif x == 689:
        return 689
    elif x == 690:
        return 690
    elif x == 691:
        return 691
    elif x == 692:
        return 692
    elif x == 693:
        return 693
    elif x == 694:
        return 694
    elif x == 695:
        return 695
    elif x == 696:
        return 696
    elif x == 697:
        return 697
    elif x == 698:
        return 698
    elif x == 699:
        return 699
    elif x == 700:
        return 700
    elif x == 701:
        return 701
    elif x == 702:
        return 702
    elif x == 703:
        return 703
    elif x == 704:
        return 704
    elif x == 705:
        return 705
    elif x == 706:
        return 706
    elif x == 707:
        return 707
    elif x == 708:
        return 708
    elif x == 709:
        return 709
    elif x == 710:
        return 710
    elif x == 711:
        return 711
    elif x == 712:
        return 712
    elif x == 713:
        return 713
    elif x == 714:
        return 714
    elif x == 715:
        return 715
    elif x == 716:
        return 716
    elif x == 717:
        return 717
    elif x == 718:
        return 718
    elif x == 719:
        return 719
    elif x == 720:
        return 720
    elif x == 721:
        return 721
    elif x == 722:
        return 722
    elif x == 723:
        return 723
    elif x == 724:
        return 724
    elif x == 725:
        return 725
    elif x == 726:
        return 726
    elif x == 727:
        return 727
    elif x == 728:
        return 728
    elif x == 729:
        return 729
    elif x == 730:
        return 730
    elif x == 731:
        return 731
    elif x == 732:
        return 732
    elif x == 733:
        return 733
    elif x == 734:
        return 734
    elif x == 735:
        return 735
    elif x == 736:
        return 736
    elif x == 737:
        return 737
    elif x == 738:
        return 738
    elif x == 739:
        return 739
    elif x == 740:
        return 740
    elif x == 741:
        return 741
    elif x == 742:
        return 742
    elif x == 743:
        return 743
    elif x == 744:
        return 744
    elif x == 745:
        return 745
    elif x == 746:
        return 746
    elif x == 747:
        return 747
    elif x == 748:
        return 748
    elif x == 749:
        return 749
    elif x == 750:
        return 750
    elif x == 751:
        return 751
    elif x == 752:
        return 752
    elif x == 753:
        return 753
    elif x == 754:
        return 754
    elif x == 755:
        return 755
    elif x == 756:
        return 756
    elif x == 757:
        return 757
    elif x == 758:
        return 758
    elif x == 759:
        return 759
    elif x == 760:
        return 760
    elif x == 761:
        return 761
    elif x == 762:
        return 762
    elif x == 763:
        return 763
    elif x == 764:
        return 764
    elif x == 765:
        return 765
    elif x == 766:
        return 766
    elif x == 767:
        return 767
    elif x == 768:
        return 768
    elif x == 769:
        return 769
    elif x == 770:
        return 770
    elif x == 771:
        return 771
    elif x == 772:
        return 772
    elif x == 773:
        return 773
    elif x == 774:
        return 774
    elif x == 775:
        return 775
    elif x == 776:
        return 776
    elif x == 777:
        return 777
    elif x == 778:
        return 778
    elif x == 779:
        return 779
    elif x == 780:
        return 780
    elif x == 781:
        return 781
    elif x == 782:
        return 782
    elif x == 783:
        return 783
    elif x == 784:
        return 784
    elif x == 785:
        return 785
    elif x == 786:
        return 786
    elif x == 787:
        return 787
    elif x == 788:
        return 788
    elif x == 789:
        return 789
    elif x == 790:
        return 790
    elif x == 791:
        return 791
    elif x == 792:
        return 792
    elif x == 793:
        return 793
    elif x == 794:
        return 794
    elif x == 795:
        return 795
    elif x == 796:
        return 796
    elif x == 797:
        return 797
    elif x == 798:
        return 798
    elif x == 799:
        return 799
    elif x == 800:
        return 800
    elif x == 801:
        return 801
    elif x == 802:
        return 802
    elif x == 803:
        return 803
    elif x == 804:
        return 804
    elif x == 805:
        return 805
    elif x == 806:
        return 806
    elif x == 807:
        return 807
    elif x == 808:
        return 808
    elif x == 809:
        return 809
    elif x == 810:
        return 810
    elif x == 811:
        return 811
    elif x == 812:
        return 812
    elif x == 813:
        return 813
    elif x == 814:
        return 814
    elif x == 815:
        return 815
    elif x == 816:
        return 816
    elif x == 817:
        return 817
    elif x == 818:
        return 818
    elif x == 819:
        return 819
    elif x == 820:
        return 820
    elif x == 821:
        return 821
    elif x == 822:
        return 822
    elif x == 823:
        return 823
    elif x == 824:
        return 824
    elif x == 825:
        return 825
    elif x == 826:
        return 826
    elif x == 827:
        return 827
    elif x == 828:
        return 828
    elif x == 829:
        return 829
    elif x == 830:
        return 830
    elif x == 831:
        return 831
    elif x == 832:
        return 832
    elif x == 833:
        return 833
    elif x == 834:
        return 834
    elif x == 835:
        return 835
    elif x == 836:
        return 836
    elif x == 837:
        return 837
    elif x == 838:
        return 838
    elif x == 839:
        return 839
    elif x == 840:
        return 840
    elif x == 841:
        return 841
    elif x == 842:
        return 842
    elif x == 843:
        return 843
    elif x == 844:
        return 844
    elif x == 845:
        return 845
    elif x == 846:
        return 846
    elif x == 847:
        return 847
    elif x == 848:
        return 848
    elif x == 849:
        return 849
    elif x == 850:
        return 850
    elif x == 851:
        return 851
    elif x == 852:
        return 852
    elif x == 853:
        return 853
    elif x == 854:
        return 854
    elif x == 855:
        return 855
    elif x == 856:
        return 856
    elif x == 857:
        return 857
    elif x == 858:
        return 858
    elif x == 859:
        return 859
    elif x == 860:
        return 860
    elif x == 861:
        return 861
    elif x == 862:
        return 862
    elif x == 863:
        return 863
    elif x == 864:
        return 864
    elif x == 865:
        return 865
    elif x == 866:
        return 866
    elif x == 867:
        return 867
    elif x == 868:
        return 868
    elif x == 869:
        return 869
    elif x == 870:
        return 870
    elif x == 871:
        return 871
    elif x == 872:
        return 872
    elif x == 873:
        return 873
    elif x == 874:
        return 874
    elif x == 875:
        return 875
    elif x == 876:
        return 876
    elif x == 877:
        return 877
    elif x == 878:
        return 878
    elif x == 879:
        return 879
    elif x == 880:
        return 880
    elif x == 881:
        return 881
    elif x == 882:
        return 882
    elif x == 883:
        return 883
    elif x == 884:
        return 884
    elif x == 885:
        return 885
    elif x == 886:
        return 886
    elif x == 887:
        return 887
    elif x == 888:
        return 888
    elif x == 889:
        return 889
    elif x == 890:
        return 890
    elif x == 891:
        return 891
    elif x == 892:
        return 892
    elif x == 893:
        return 893
    elif x == 894:
        return 894
    elif x == 895:
        return 895
    elif x == 896:
        return 896
    elif x == 897:
        return 897
    elif x == 898:
        return 898
    elif x == 899:
        return 899
    elif x == 900:
        return 900
    elif x == 901:
        return 901
    elif x == 902:
        return 902
    elif x == 903:
        return 903
    elif x == 904:
        return 904
    elif x == 905:
        return 905
    elif x == 906:
        return 906
    elif x == 907:
        return 907
    elif x == 908:
        return 908
    elif x == 909:
        return 909
    elif x == 910:
        return 910
    elif x == 911:
        return 911
    elif x == 912:
        return 912
    elif x == 913:
        return 913
    elif x == 914:
        return 914
    elif x == 915:
        return 915
    elif x == 916:
        return 916
    elif x == 917:
        return 917
    elif x == 918:
        return 918
    elif x == 919:
        return 919
    elif x == 920:
        return 920
    elif x == 921:
        return 921
    elif x == 922:
        return 922
    elif x == 923:
        return 923
    elif x == 924:
        return 924
    elif x == 925:
        return 925
    elif x == 926:
        return 926
    elif x == 927:
        return 927
    elif x == 928:
        return 928
    elif x == 929:
        return 929
    elif x == 930:
        return 930
    elif x == 931:
        return 931
    elif x == 932:
        return 932
    elif x == 933:
        return 933
    elif x == 934:
        return 934
    elif x == 935:
        return 935
    elif x == 936:
        return 936
    elif x == 937:
        return 937
    elif x == 938:
        return 938
    elif x == 939:
        return 939
    elif x == 940:
        return 940
    elif x == 941:
        return 941
    elif x == 942:
        return 942
    elif x == 943:
        return 943
    elif x == 944:
        return 944
    elif x == 945:
        return 945
    elif x == 946:
        return 946
    elif x == 947:
        return 947
    elif x == 948:
        return 948
    elif x == 949:
        return 949
    elif x == 950:
        return 950
    elif x == 951:
        return 951
    elif x == 952:
        return 952
    elif x == 953:
        return 953
    elif x == 954:
        return 954
    elif x == 955:
        return 955
    elif x == 956:
        return 956
    elif x == 957:
        return 957
    elif x == 958:
        return 958
    elif x == 959:
        return 959
    elif x == 960:
        return 960
    elif x == 961:
        return 961
    elif x == 962:
        return 962
    elif x == 963:
        return 963
    elif x == 964:
        return 964
    elif x == 965:
        return 965
    elif x == 966:
        return 966
    elif x == 967:
        return 967
    elif x == 968:
        return 968
    elif x == 969:
        return 969
    elif x == 970:
        return 970
    elif x == 971:
        return 971
    elif x == 972:
        return 972
    elif x == 973:
        return 973
    elif x == 974:
        return 974
    elif x == 975:
        return 975
    elif x == 976:
        return 976
    elif x == 977:
        return 977
    elif x == 978:
        return 978
    elif x == 979:
        return 979
    elif x == 980:
        return 980
    elif x == 981:
        return 981
    elif x == 982:
        return 982
    elif x == 983:
        return 983
    elif x == 984:
        return 984
    elif x == 985:
        return 985
    elif x == 986:
        return 986
    elif x == 987:
        return 987
    elif x == 988:
        return 988
    elif x == 989:
        return 989
    elif x == 990:
        return 990
    elif x == 991:
        return 991
    elif x == 992:
        return 992
    elif x == 993:
        return 993
    elif x == 994:
        return 994
    elif x == 995:
        return 995
    elif x == 996:
        return 996
    elif x == 997:
        return 997
    elif x == 998:
        return 998
    elif x == 999:
        return 999
    elif x == 1000:
        return 1000
    elif x == 1001:
        return 1001
    elif x == 1002:
        return 1002
    elif x == 1003:
        return 1003
    elif x == 1004:
        return 1004
    elif x == 1005:
        return 1005
    elif x == 1006:
        return 1006
    elif x == 1007:
        return 1007
    elif x == 1008:
        return 1008
    elif x == 1009:
        return 1009
    elif x == 1010:
        return 1010
    elif x == 1011:
        return 1011
    elif x == 1012:
        return 1012
    elif x == 1013:
        return 1013
    elif x == 1014:
        return 1014
    elif x == 1015:
        return 1015
    elif x == 1016:
        return 1016
    elif x == 1017:
        return 1017
    elif x == 1018:
        return 1018
    elif x == 1019:
        return 1019
    elif x == 1020:
        return 1020
    elif x == 1021:
        return 1021
    elif x == 1022:
        return 1022
    elif x == 1023:
        return 1023
    elif x == 1024:
        return 1024
    elif x == 1025:
        return 1025
    elif x == 1026:
        return 1026
    elif x == 1027:
        return 1027
    elif x == 1028:
        return 1028
    elif x == 1029:
        return 1029
    elif x == 1030:
        return 1030
    elif x == 1031:
        return 1031
    elif x == 1032:
        return 1032
    elif x == 1033:
        return 1033
    elif x == 1034:
        return 1034
    elif x == 1035:
        return 1035
    elif x == 1036:
        return 1036
    elif x == 1037:
        return 1037
    elif x == 1038:
        return 1038
    elif x == 1039:
        return 1039
    elif x == 1040:
        return 1040
    elif x == 1041:
        return 1041
    elif x == 1042:
        return 1042
    elif x == 1043:
        return 1043
    elif x == 1044:
        return 1044
    elif x == 1045:
        return 1045
    elif x == 1046:
        return 1046
    elif x == 1047:
        return 1047
    elif x == 1048:
        return 1048
    elif x == 1049:
        return 1049
    elif x == 1050:
        return 1050
    elif x == 1051:
        return 1051
    elif x == 1052:
        return 1052
    elif x == 1053:
        return 1053
    elif x == 1054:
        return 1054
    elif x == 1055:
        return 1055
    elif x == 1056:
        return 1056
    elif x == 1057:
        return 1057
    elif x == 1058:
        return 1058
    elif x == 1059:
        return 1059
    elif x == 1060:
        return 1060
    elif x == 1061:
        return 1061
    elif x == 1062:
        return 1062
    elif x == 1063:
        return 1063
    elif x == 1064:
        return 1064
    elif x == 1065:
        return 1065
    elif x == 1066:
        return 1066
    elif x == 1067:
        return 1067
    elif x == 1068:
        return 1068
    elif x == 1069:
        return 1069
    elif x == 1070:
        return 1070
    elif x == 1071:
        return 1071
    elif x == 1072:
        return 1072
    elif x == 1073:
        return 1073
    elif x == 1074:
        return 1074
    elif x == 1075:
        return 1075
    elif x == 1076:
        return 1076
    elif x == 1077:
        return 1077
    elif x == 1078:
        return 1078
    elif x == 1079:
        return 1079
    elif x == 1080:
        return 1080
    elif x == 1081:
        return 1081
    elif x == 1082:
        return 1082
    elif x == 1083:
        return 1083
    elif x == 1084:
        return 1084
    elif x == 1085:
        return 1085
    elif x == 1086:
        return 1086
    elif x == 1087:
        return 1087
    elif x == 1088:
        return 1088
    elif x == 1089:
        return 1089
    elif x == 1090:
        return 1090
    elif x == 1091:
        return 1091
    elif x == 1092:
        return 1092
    elif x == 1093:
        return 1093
    elif x == 1094:
        return 1094
    elif x == 1095:
        return 1095
    elif x == 1096:
        return 1096
    elif x == 1097:
        return 1097
    elif x == 1098:
        return 1098
    elif x == 1099:
        return 1099
    elif x == 1100:
        return 1100
    elif x == 1101:
        return 1101
    elif x == 1102:
        return 1102
    elif x == 1103:
        return 1103
    elif x == 1104:
        return 1104
    elif x == 1105:
        return 1105
    elif x == 1106:
        return 1106
    elif x == 1107:
        return 1107
    elif x == 1108:
        return 1108
    elif x == 1109:
        return 1109
    elif x == 1110:
        return 1110
    elif x == 1111:
        return 1111
    elif x == 1112:
        return 1112
    elif x == 1113:
        return 1113
    elif x == 1114:
        return 1114
    elif x == 1115:
        return 1115
    elif x == 1116:
        return 1116
    elif x == 1117:
        return 1117
    elif x == 1118:
        return 1118
    elif x == 1119:
        return 1119
    elif x == 1120:
        return 1120
    elif x == 1121:
        return 1121
    elif x == 1122:
        return 1122
    elif x == 1123:
        return 1123
    elif x == 1124:
        return 1124
    elif x == 1125:
        return 1125
    elif x == 1126:
        return 1126
    elif x == 1127:
        return 1127
    elif x == 1128:
        return 1128
    elif x == 1129:
        return 1129
    elif x == 1130:
        return 1130
    elif x == 1131:
        return 1131
    elif x == 1132:
        return 1132
    elif x == 1133:
        return 1133
    elif x == 1134:
        return 1134
    elif x == 1135:
        return 1135
    elif x == 1136:
        return 1136
    elif x == 1137:
        return 1137
    elif x == 1138:
        return 1138
    elif x == 1139:
        return 1139
    elif x == 1140:
        return 1140
    elif x == 1141:
        return 1141
    elif x == 1142:
        return 1142
    elif x == 1143:
        return 1143
    elif x == 1144:
        return 1144
    elif x == 1145:
        return 1145
    elif x == 1146:
        return 1146
    elif x == 1147:
        return 1147
    elif x == 1148:
        return 1148
    elif x == 1149:
        return 1149
    elif x == 1150:
        return 1150
    elif x == 1151:
        return 1151
    elif x == 1152:
        return 1152
    elif x == 1153:
        return 1153
    elif x == 1154:
        return 1154
    elif x == 1155:
        return 1155
    elif x == 1156:
        return 1156
    elif x == 1157:
        return 1157
    elif x == 1158:
        return 1158
    elif x == 1159:
        return 1159
    elif x == 1160:
        return 1160
    elif x == 1161:
        return 1161
    elif x == 1162:
        return 1162
    elif x == 1163:
        return 1163
    elif x == 1164:
        return 1164
    elif x == 1165:
        return 1165
    elif x == 1166:
        return 1166
    elif x == 1167:
        return 1167
    elif x == 1168:
        return 1168
    elif x == 1169:
        return 1169
    elif x == 1170:
        return 1170
    elif x == 1171:
        return 1171
    elif x == 1172:
        return 1172
    elif x == 1173:
        return 1173
    elif x == 1174:
        return 1174
    elif x == 1175:
        return 1175
    elif x == 1176:
        return 1176
    elif x == 1177:
        return 1177
    elif x == 1178:
        return 1178
    elif x == 1179:
        return 1179
    elif x == 1180:
        return 1180
    elif x == 1181:
        return 1181
    elif x == 1182:
        return 1182
    elif x == 1183:
        return 1183
    elif x == 1184:
        return 1184
    elif x == 1185:
        return 1185
    elif x == 1186:
        return 1186
    elif x == 1187:
        return 1187
    elif x == 1188:
        return 1188
    elif x == 1189:
        return 1189
    elif x == 1190:
        return 1190
    elif x == 1191:
        return 1191
    elif x == 1192:
        return 1192
    elif x == 1193:
        return 1193
    elif x == 1194:
        return 1194
    elif x == 1195:
        return 1195
    elif x == 1196:
        return 1196
    elif x == 1197:
        return 1197
    elif x == 1198:
        return 1198
    elif x == 1199:
        return 1199
    elif x == 1200:
        return 1200
    elif x == 1201:
        return 1201
    elif x == 1202:
        return 1202
    elif x == 1203:
        return 1203
    elif x == 1204:
        return 1204
    elif x == 1205:
        return 1205
    elif x == 1206:
        return 1206
    elif x == 1207:
        return 1207
    elif x == 1208:
        return 1208
    elif x == 1209:
        return 1209
    elif x == 1210:
        return 1210
    elif x == 1211:
        return 1211
    elif x == 1212:
        return 1212
    elif x == 1213:
        return 1213
    elif x == 1214:
        return 1214
    elif x == 1215:
        return 1215
    elif x == 1216:
        return 1216
    elif x == 1217:
        return 1217
    elif x == 1218:
        return 1218
    elif x == 1219:
        return 1219
    elif x == 1220:
        return 1220
    elif x == 1221:
        return 1221
    elif x == 1222:
        return 1222
    elif x == 1223:
        return 1223
    elif x == 1224:
        return 1224
    elif x == 1225:
        return 1225
    elif x == 1226:
        return 1226
    elif x == 1227:
        return 1227
    elif x == 1228:
        return 1228
    elif x == 1229:
        return 1229
    elif x == 1230:
        return 1230
    elif x == 1231:
        return 1231
    elif x == 1232:
        return 1232
    elif x == 1233:
        return 1233
    elif x == 1234:
        return 1234
    elif x == 1235:
        return 1235
    elif x == 1236:
        return 1236
    elif x == 1237:
        return 1237
    elif x == 1238:
        return 1238
    elif x == 1239:
        return 1239
    elif x == 1240:
        return 1240
    elif x == 1241:
        return 1241
    elif x == 1242:
        return 1242
    elif x == 1243:
        return 1243
    elif x == 1244:
        return 1244
    elif x == 1245:
        return 1245
    elif x == 1246:
        return 1246
    elif x == 1247:
        return 1247
    elif x == 1248:
        return 1248
    elif x == 1249:
        return 1249
    elif x == 1250:
        return 1250
    elif x == 1251:
        return 1251
    elif x == 1252:
        return 1252
    elif x == 1253:
        return 1253
    elif x == 1254:
        return 1254
    elif x == 1255:
        return 1255
    elif x == 1256:
        return 1256
    elif x == 1257:
        return 1257
    elif x == 1258:
        return 1258
    elif x == 1259:
        return 1259
    elif x == 1260:
        return 1260
    elif x == 1261:
        return 1261
    elif x == 1262:
        return 1262
    elif x == 1263:
        return 1263
    elif x == 1264:
        return 1264
    elif x == 1265:
        return 1265
    elif x == 1266:
        return 1266
    elif x == 1267:
        return 1267
    elif x == 1268:
        return 1268
    elif x == 1269:
        return 1269
    elif x == 1270:
        return 1270
    elif x == 1271:
        return 1271
    elif x == 1272:
        return 1272
    elif x == 1273:
        return 1273
    elif x == 1274:
        return 1274
    elif x == 1275:
        return 1275
    elif x == 1276:
        return 1276
    elif x == 1277:
        return 1277
    elif x == 1278:
        return 1278
    elif x == 1279:
        return 1279
    elif x == 1280:
        return 1280
    elif x == 1281:
        return 1281
    elif x == 1282:
        return 1282
    elif x == 1283:
        return 1283
    elif x == 1284:
        return 1284
    elif x == 1285:
        return 1285
    elif x == 1286:
        return 1286
    elif x == 1287:
        return 1287
    elif x == 1288:
        return 1288
    elif x == 1289:
        return 1289
    elif x == 1290:
        return 1290
    elif x == 1291:
        return 1291
    elif x == 1292:
        return 1292
    elif x == 1293:
        return 1293
    elif x == 1294:
        return 1294
    elif x == 1295:
        return 1295
    elif x == 1296:
        return 1296
    elif x == 1297:
        return 1297
    elif x == 1298:
        return 1298
    elif x == 1299:
        return 1299
    elif x == 1300:
        return 1300
    elif x == 1301:
        return 1301
    elif x == 1302:
        return 1302
    elif x == 1303:
        return 1303
    elif x == 1304:
        return 1304
    elif x == 1305:
        return 1305
    elif x == 1306:
        return 1306
    elif x == 1307:
        return 1307
    elif x == 1308:
        return 1308
    elif x == 1309:
        return 1309
    elif x == 1310:
        return 1310
    elif x == 1311:
        return 1311
    elif x == 1312:
        return 1312
    elif x == 1313:
        return 1313
    elif x == 1314:
        return 1314
    elif x == 1315:
        return 1315
    elif x == 1316:
        return 1316
    elif x == 1317:
        return 1317
    elif x == 1318:
        return 1318
    elif x == 1319:
        return 1319
    elif x == 1320:
        return 1320
    elif x == 1321:
        return 1321
    elif x == 1322:
        return 1322
    elif x == 1323:
        return 1323
    elif x == 1324:
        return 1324
    elif x == 1325:
        return 1325
    elif x == 1326:
        return 1326
    elif x == 1327:
        return 1327
    elif x == 1328:
        return 1328
    elif x == 1329:
        return 1329
    elif x == 1330:
        return 1330
    elif x == 1331:
        return 1331
    elif x == 1332:
        return 1332
    elif x == 1333:
        return 1333
    elif x == 1334:
        return 1334
    elif x == 1335:
        return 1335
    elif x == 1336:
        return 1336
    elif x == 1337:
        return 1337
    elif x == 1338:
        return 1338
    elif x == 1339:
        return 1339
    elif x == 1340:
        return 1340
    elif x == 1341:
        return 1341
    elif x == 1342:
        return 1342
    elif x == 1343:
        return 1343
    elif x == 1344:
        return 1344
    elif x == 1345:
        return 1345
    elif x == 1346:
        return 1346
    elif x == 1347:
        return 1347
    elif x == 1348:
        return 1348
    elif x == 1349:
        return 1349
    elif x == 1350:
        return 1350
    elif x == 1351:
        return 1351
    elif x == 1352:
        return 1352
    elif x == 1353:
        return 1353
    elif x == 1354:
        return 1354
    elif x == 1355:
        return 1355
    elif x == 1356:
        return 1356
    elif x == 1357:
        return 1357
    elif x == 1358:
        return 1358
    elif x == 1359:
        return 1359
    elif x == 1360:
        return 1360
    elif x == 1361:
        return 1361
    elif x == 1362:
        return 1362
    elif x == 1363:
        return 1363
    elif x == 1364:
        return 1364
    elif x == 1365:
        return 1365
    elif x == 1366:
        return 1366
    elif x == 1367:
        return 1367
    elif x == 1368:
        return 1368
    elif x == 1369:
        return 1369
    elif x == 1370:
        return 1370
    elif x == 1371:
        return 1371
    elif x == 1372:
        return 1372
    elif x == 1373:
        return 1373
    elif x == 1374:
        return 1374
    elif x == 1375:
        return 1375
    elif x == 1376:
        return 1376
    elif x == 1377:
        return 1377
    elif x == 1378:
        return 1378
    elif x == 1379:
        return 1379
    elif x == 1380:
        return 1380
    elif x == 1381:
        return 1381
    elif x == 1382:
        return 1382
    elif x == 1383:
        return 1383
    elif x == 1384:
        return 1384
    elif x == 1385:
        return 1385
    elif x == 1386:
        return 1386
    elif x == 1387:
        return 1387
    elif x == 1388:
        return 1388
    elif x == 1389:
        return 1389
    elif x == 1390:
        return 1390
    elif x == 1391:
        return 1391
    elif x == 1392:
        return 1392
    elif x == 1393:
        return 1393
    elif x == 1394:
        return 1394
    elif x == 1395:
        return 1395
    elif x == 1396:
        return 1396
    elif x == 1397:
        return 1397
    elif x == 1398:
        return 1398
    elif x == 1399:
        return 1399
    elif x == 1400:
        return 1400
    elif x == 1401:
        return 1401
    elif x == 1402:
        return 1402
    elif x == 1403:
        return 1403
    elif x == 1404:
        return 1404
    elif x == 1405:
        return 1405
    elif x == 1406:
        return 1406
    elif x == 1407:
        return 1407
    elif x == 1408:
        return 1408
    elif x == 1409:
        return 1409
    elif x == 1410:
        return 1410
    elif x == 1411:
        return 1411
    elif x == 1412:
        return 1412
    elif x == 1413:
        return 1413
    elif x == 1414:
        return 1414
    elif x == 1415:
        return 1415
    elif x == 1416:
        return 1416
    elif x == 1417:
        return 1417
    elif x == 1418:
        return 1418
    elif x == 1419:
        return 1419
    elif x == 1420:
        return 1420
    elif x == 1421:
        return 1421
    elif x == 1422:
        return 1422
    elif x == 1423:
        return 1423
    elif x == 1424:
        return 1424
    elif x == 1425:
        return 1425
    elif x == 1426:
        return 1426
    elif x == 1427:
        return 1427
    elif x == 1428:
        return 1428
    elif x == 1429:
        return 1429
    elif x == 1430:
        return 1430
    elif x == 1431:
        return 1431
    elif x == 1432:
        return 1432
    elif x == 1433:
        return 1433
    elif x == 1434:
        return 1434
    elif x == 1435:
        return 1435
    elif x == 1436:
        return 1436
    elif x == 1437:
        return 1437
    elif x == 1438:
        return 1438
    elif x == 1439:
        return 1439
    elif x == 1440:
        return 1440
    elif x == 1441:
        return 1441
    elif x == 1442:
        return 1442
    elif x == 1443:
        return 1443
    elif x == 1444:
        return 1444
    elif x == 1445:
        return 1445
    elif x == 1446:
        return 1446
    elif x == 1447:
        return 1447
    elif x == 1448:
        return 1448
    elif x == 1449:
        return 1449
    elif x == 1450:
        return 1450
    elif x == 1451:
        return 1451
    elif x == 1452:
        return 1452
    elif x == 1453:
        return 1453
    elif x == 1454:
        return 1454
    elif x == 1455:
        return 1455
    elif x == 1456:
        return 1456
    elif x == 1457:
        return 1457
    elif x == 1458:
        return 1458
    elif x == 1459:
        return 1459
    elif x == 1460:
        return 1460
    elif x == 1461:
        return 1461
    elif x == 1462:
        return 1462
    elif x == 1463:
        return 1463
    elif x == 1464:
        return 1464
    elif x == 1465:
        return 1465
    elif x == 1466:
        return 1466
    elif x == 1467:
        return 1467
    elif x == 1468:
        return 1468
    elif x == 1469:
        return 1469
    elif x == 1470:
        return 1470
    elif x == 1471:
        return 1471
    elif x == 1472:
        return 1472
    elif x == 1473:
        return 1473
    elif x == 1474:
        return 1474
    elif x == 1475:
        return 1475
    elif x == 1476:
        return 1476
    elif x == 1477:
        return 1477
    elif x == 1478:
        return 1478
    elif x == 1479:
        return 1479
    elif x == 1480:
        return 1480
    elif x == 1481:
        return 1481
    elif x == 1482:
        return 1482
    elif x == 1483:
        return 1483
    elif x == 1484:
        return 1484
    elif x == 1485:
        return 1485
    elif x == 1486:
        return 1486
    elif x == 1487:
        return 1487
    elif x == 1488:
        return 1488
    elif x == 1489:
        return 1489
    elif x == 1490:
        return 1490
    elif x == 1491:
        return 1491
    elif x == 1492:
        return 1492
    elif x == 1493:
        return 1493
    elif x == 1494:
        return 1494
    elif x == 1495:
        return 1495
    elif x == 1496:
        return 1496
    elif x == 1497:
        return 1497
    elif x == 1498:
        return 1498
    elif x == 1499:
        return 1499
    elif x == 1500:
        return 1500
    elif x == 1501:
        return 1501
    elif x == 1502:
        return 1502
    elif x == 1503:
        return 1503
    elif x == 1504:
        return 1504
    elif x == 1505:
        return 1505
    elif x == 1506:
        return 1506
    elif x == 1507:
        return 1507
    elif x == 1508:
        return 1508
    elif x == 1509:
        return 1509
    elif x == 1510:
        return 1510
    elif x == 1511:
        return 1511
    elif x == 1512:
        return 1512
    elif x == 1513:
        return 1513
    elif x == 1514:
        return 1514
    elif x == 1515:
        return 1515
    elif x == 1516:
        return 1516
    elif x == 1517:
        return 1517
    elif x == 1518:
        return 1518
    elif x == 1519:
        return 1519
    elif x == 1520:
        return 1520
    elif x == 1521:
        return 1521
    elif x == 1522:
        return 1522
    elif x == 1523:
        return 1523
    elif x == 1524:
        return 1524
    elif x == 1525:
        return 1525
    elif x == 1526:
        return 1526
    elif x == 1527:
        return 1527
    elif x == 1528:
        return 1528
    elif x == 1529:
        return 1529
    elif x == 1530:
        return 1530
    elif x == 1531:
        return 1531
    elif x == 1532:
        return 1532
    elif x == 1533:
        return 1533
    elif x == 1534:
        return 1534
    elif x == 1535:
        return 1535
    elif x == 1536:
        return 1536
    elif x == 1537:
        return 1537
    elif x == 1538:
        return 1538
    elif x == 1539:
        return 1539
    elif x == 1540:
        return 1540
    elif x == 1541:
        return 1541
    elif x == 1542:
        return 1542
    elif x == 1543:
        return 1543
    elif x == 1544:
        return 1544
    elif x == 1545:
        return 1545
    elif x == 1546:
        return 1546
    elif x == 1547:
        return 1547
    elif x == 1548:
        return 1548
    elif x == 1549:
        return 1549
    elif x == 1550:
        return 1550
    elif x == 1551:
        return 1551
    elif x == 1552:
        return 1552
    elif x == 1553:
        return 1553
    elif x == 1554:
        return 1554
    elif x == 1555:
        return 1555
    elif x == 1556:
        return 1556
    elif x == 1557:
        return 1557
    elif x == 1558:
        return 1558
    elif x == 1559:
        return 1559
    elif x == 1560:
        return 1560
    elif x == 1561:
        return 1561
    elif x == 1562:
        return 1562
    elif x == 1563:
        return 1563
    elif x == 1564:
        return 1564
    elif x == 1565:
        return 1565
    elif x == 1566:
        return 1566
    elif x == 1567:
        return 1567
    elif x == 1568:
        return 1568
    elif x == 1569:
        return 1569
    elif x == 1570:
        return 1570
    elif x == 1571:
        return 1571
    elif x == 1572:
        return 1572
    elif x == 1573:
        return 1573
    elif x == 1574:
        return 1574
    elif x == 1575:
        return 1575
    elif x == 1576:
        return 1576
    elif x == 1577:
        return 1577
    elif x == 1578:
        return 1578
    elif x == 1579:
        return 1579
    elif x == 1580:
        return 1580
    elif x == 1581:
        return 1581
    elif x == 1582:
        return 1582
    elif x == 1583:
        return 1583
    elif x == 1584:
        return 1584
    elif x == 1585:
        return 1585
    elif x == 1586:
        return 1586
    elif x == 1587:
        return 1587
    elif x == 1588:
        return 1588
    elif x == 1589:
        return 1589
    elif x == 1590:
        return 1590
    elif x == 1591:
        return 1591
    elif x == 1592:
        return 1592
    elif x == 1593:
        return 1593
    elif x == 1594:
        return 1594
    elif x == 1595:
        return 1595
    elif x == 1596:
        return 1596
    elif x == 1597:
        return 1597
    elif x == 1598:
        return 1598
    elif x == 1599:
        return 1599
    elif x == 1600:
        return 1600
    elif x == 1601:
        return 1601
    elif x == 1602:
        return 1602
    elif x == 1603:
        return 1603
    elif x == 1604:
        return 1604
    elif x == 1605:
        return 1605
    elif x == 1606:
        return 1606
    elif x == 1607:
        return 1607
    elif x == 1608:
        return 1608
    elif x == 1609:
        return 1609
    elif x == 1610:
        return 1610
    elif x == 1611:
        return 1611
    elif x == 1612:
        return 1612
    elif x == 1613:
        return 1613
    elif x == 1614:
        return 1614
    elif x == 1615:
        return 1615
    elif x == 1616:
        return 1616
    elif x == 1617:
        return 1617
    elif x == 1618:
        return 1618
    elif x == 1619:
        return 1619
    elif x == 1620:
        return 1620
    elif x == 1621:
        return 1621
    elif x == 1622:
        return 1622
    elif x == 1623:
        return 1623
    elif x == 1624:
        return 1624
    elif x == 1625:
        return 1625
    elif x == 1626:
        return 1626
    elif x == 1627:
        return 1627
    elif x == 1628:
        return 1628
    elif x == 1629:
        return 1629
    elif x == 1630:
        return 1630
    elif x == 1631:
        return 1631
    elif x == 1632:
        return 1632
    elif x == 1633:
        return 1633
    elif x == 1634:
        return 1634
    elif x == 1635:
        return 1635
    elif x == 1636:
        return 1636
    elif x == 1637:
        return 1637
    elif x == 1638:
        return 1638
    elif x == 1639:
        return 1639
    elif x == 1640:
        return 1640
    elif x == 1641:
        return 1641
    elif x == 1642:
        return 1642
    elif x == 1643:
        return 1643
    elif x == 1644:
        return 1644
    elif x == 1645:
        return 1645
    elif x == 1646:
        return 1646
    elif x == 1647:
        return 1647
    elif x == 1648:
        return 1648
    elif x == 1649:
        return 1649
    elif x == 1650:
        return 1650
    elif x == 1651:
        return 1651
    elif x == 1652:
        return 1652
    elif x == 1653:
        return 1653
    elif x == 1654:
        return 1654
    elif x == 1655:
        return 1655
    elif x == 1656:
        return 1656
    elif x == 1657:
        return 1657
    elif x == 1658:
        return 1658
    elif x == 1659:
        return 1659
    elif x == 1660:
        return 1660
    elif x == 1661:
        return 1661
    elif x == 1662:
        return 1662
    elif x == 1663:
        return 1663
    elif x == 1664:
        return 1664
    elif x == 1665:
        return 1665
    elif x == 1666:
        return 1666
    elif x == 1667:
        return 1667
    elif x == 1668:
        return 1668
    elif x == 1669:
        return 1669
    elif x == 1670:
        return 1670
    elif x == 1671:
        return 1671
    elif x == 1672:
        return 1672
    elif x == 1673:
        return 1673
    elif x == 1674:
        return 1674
    elif x == 1675:
        return 1675
    elif x == 1676:
        return 1676
    elif x == 1677:
        return 1677
    elif x == 1678:
        return 1678
    elif x == 1679:
        return 1679
    elif x == 1680:
        return 1680
    elif x == 1681:
        return 1681
    elif x == 1682:
        return 1682
    elif x == 1683:
        return 1683
    elif x == 1684:
        return 1684
    elif x == 1685:
        return 1685
    elif x == 1686:
        return 1686
    elif x == 1687:
        return 1687
    elif x == 1688:
        return 1688
    elif x == 1689:
        return 1689
    elif x == 1690:
        return 1690
    elif x == 1691:
        return 1691
    elif x == 1692:
        return 1692
    elif x == 1693:
        return 1693
    elif x == 1694:
        return 1694
    elif x == 1695:
        return 1695
    elif x == 1696:
        return 1696
    elif x == 1697:
        return 1697
    elif x == 1698:
        return 1698
    elif x == 1699:
        return 1699
    elif x == 1700:
        return 1700
    elif x == 1701:
        return 1701
    elif x == 1702:
        return 1702
    elif x == 1703:
        return 1703
    elif x == 1704:
        return 1704
    elif x == 1705:
        return 1705
    elif x == 1706:
        return 1706
    elif x == 1707:
        return 1707
    elif x == 1708:
        return 1708
    elif x == 1709:
        return 1709
    elif x == 1710:
        return 1710
    elif x == 1711:
        return 1711
    elif x == 1712:
        return 1712
    elif x == 1713:
        return 1713
    elif x == 1714:
        return 1714
    elif x == 1715:
        return 1715
    elif x == 1716:
        return 1716
    elif x == 1717:
        return 1717
    elif x == 1718:
        return 1718
    elif x == 1719:
        return 1719
    elif x == 1720:
        return 1720
    elif x == 1721:
        return 1721
    elif x == 1722:
        return 1722
    elif x == 1723:
        return 1723
    elif x == 1724:
        return 1724
    elif x == 1725:
        return 1725
    elif x == 1726:
        return 1726
    elif x == 1727:
        return 1727
    elif x == 1728:
        return 1728
    elif x == 1729:
        return 1729
    elif x == 1730:
        return 1730
    elif x == 1731:
        return 1731
    elif x == 1732:
        return 1732
    elif x == 1733:
        return 1733
    elif x == 1734:
        return 1734
    elif x == 1735:
        return 1735
    elif x == 1736:
        return 1736
    elif x == 1737:
        return 1737
    elif x == 1738:
        return 1738
    elif x == 1739:
        return 1739
    elif x == 1740:
        return 1740
    elif x == 1741:
        return 1741
    elif x == 1742:
        return 1742
    elif x == 1743:
        return 1743
    elif x == 1744:
        return 1744
    elif x == 1745:
        return 1745
    elif x == 1746:
        return 1746
    elif x == 1747:
        return 1747
    elif x == 1748:
        return 1748
    elif x == 1749:
        return 1749
    elif x == 1750:
        return 1750
    elif x == 1751:
        return 1751
    elif x == 1752:
        return 1752
    elif x == 1753:
        return 1753
    elif x == 1754:
        return 1754
    elif x == 1755:
        return 1755
    elif x == 1756:
        return 1756
    elif x == 1757:
        return 1757
    elif x == 1758:
        return 1758
    elif x == 1759:
        return 1759
    elif x == 1760:
        return 1760
    elif x == 1761:
        return 1761
    elif x == 1762:
        return 1762
    elif x == 1763:
        return 1763
    elif x == 1764:
        return 1764
    elif x == 1765:
        return 1765
    elif x == 1766:
        return 1766
    elif x == 1767:
        return 1767
    elif x == 1768:
        return 1768
    elif x == 1769:
        return 1769
    elif x == 1770:
        return 1770
    elif x == 1771:
        return 1771
    elif x == 1772:
        return 1772
    elif x == 1773:
        return 1773
    elif x == 1774:
        return 1774
    elif x == 1775:
        return 1775
    elif x == 1776:
        return 1776
    elif x == 1777:
        return 1777
    elif x == 1778:
        return 1778
    elif x == 1779:
        return 1779
    elif x == 1780:
        return 1780
    elif x == 1781:
        return 1781
    elif x == 1782:
        return 1782
    elif x == 1783:
        return 1783
    elif x == 1784:
        return 1784
    elif x == 1785:
        return 1785
    elif x == 1786:
        return 1786
    elif x == 1787:
        return 1787
    elif x == 1788:
        return 1788
    elif x == 1789:
        return 1789
    elif x == 1790:
        return 1790
    elif x == 1791:
        return 1791
    elif x == 1792:
        return 1792
    elif x == 1793:
        return 1793
    elif x == 1794:
        return 1794
    elif x == 1795:
        return 1795
    elif x == 1796:
        return 1796
    elif x == 1797:
        return 1797
    elif x == 1798:
        return 1798
    elif x == 1799:
        return 1799
    elif x == 1800:
        return 1800
    elif x == 1801:
        return 1801
    elif x == 1802:
        return 1802
    elif x == 1803:
        return 1803
    elif x == 1804:
        return 1804
    elif x == 1805:
        return 1805
    elif x == 1806:
        return 1806
    elif x == 1807:
        return 1807
    elif x == 1808:
        return 1808
    elif x == 1809:
        return 1809
    elif x == 1810:
        return 1810
    elif x == 1811:
        return 1811
    elif x == 1812:
        return 1812
    elif x == 1813:
        return 1813
    elif x == 1814:
        return 1814
    elif x == 1815:
        return 1815
    elif x == 1816:
        return 1816
    elif x == 1817:
        return 1817
    elif x == 1818:
        return 1818
    elif x == 1819:
        return 1819
    elif x == 1820:
        return 1820
    elif x == 1821:
        return 1821
    elif x == 1822:
        return 1822
    elif x == 1823:
        return 1823
    elif x == 1824:
        return 1824
    elif x == 1825:
        return 1825
    elif x == 1826:
        return 1826
    elif x == 1827:
        return 1827
    elif x == 1828:
        return 1828
    elif x == 1829:
        return 1829
    elif x == 1830:
        return 1830
    elif x == 1831:
        return 1831
    elif x == 1832:
        return 1832
    elif x == 1833:
        return 1833
    elif x == 1834:
        return 1834
    elif x == 1835:
        return 1835
    elif x == 1836:
        return 1836
    elif x == 1837:
        return 1837
    elif x == 1838:
        return 1838
    elif x == 1839:
        return 1839
    elif x == 1840:
        return 1840
    elif x == 1841:
        return 1841
    elif x == 1842:
        return 1842
    elif x == 1843:
        return 1843
    elif x == 1844:
        return 1844
    elif x == 1845:
        return 1845
    elif x == 1846:
        return 1846
    elif x == 1847:
        return 1847
    elif x == 1848:
        return 1848
    elif x == 1849:
        return 1849
    elif x == 1850:
        return 1850
    elif x == 1851:
        return 1851
    elif x == 1852:
        return 1852
    elif x == 1853:
        return 1853
    elif x == 1854:
        return 1854
    elif x == 1855:
        return 1855
    elif x == 1856:
        return 1856
    elif x == 1857:
        return 1857
    elif x == 1858:
        return 1858
    elif x == 1859:
        return 1859
    elif x == 1860:
        return 1860
    elif x == 1861:
        return 1861
    elif x == 1862:
        return 1862
    elif x == 1863:
        return 1863
    elif x == 1864:
        return 1864
    elif x == 1865:
        return 1865
    elif x == 1866:
        return 1866
    elif x == 1867:
        return 1867
    elif x == 1868:
        return 1868
    elif x == 1869:
        return 1869
    elif x == 1870:
        return 1870
    elif x == 1871:
        return 1871
    elif x == 1872:
        return 1872
    elif x == 1873:
        return 1873
    elif x == 1874:
        return 1874
    elif x == 1875:
        return 1875
    elif x == 1876:
        return 1876
    elif x == 1877:
        return 1877
    elif x == 1878:
        return 1878
    elif x == 1879:
        return 1879
    elif x == 1880:
        return 1880
    elif x == 1881:
        return 1881
    elif x == 1882:
        return 1882
    elif x == 1883:
        return 1883
    elif x == 1884:
        return 1884
    elif x == 1885:
        return 1885
    elif x == 1886:
        return 1886
    elif x == 1887:
        return 1887
    elif x == 1888:
        return 1888
    elif x == 1889:
        return 1889
    elif x == 1890:
        return 1890
    elif x == 1891:
        return 1891
    elif x == 1892:
        return 1892
    elif x == 1893:
        return 1893
    elif x == 1894:
        return 1894
    elif x == 1895:
        return 1895
    elif x == 1896:
        return 1896
    elif x == 1897:
        return 1897
    elif x == 1898:
        return 1898
    elif x == 1899:
        return 1899
    elif x == 1900:
        return 1900
    elif x == 1901:
        return 1901
    elif x == 1902:
        return 1902
    elif x == 1903:
        return 1903
    elif x == 1904:
        return 1904
    elif x == 1905:
        return 1905
    elif x == 1906:
        return 1906
    elif x == 1907:
        return 1907
    elif x == 1908:
        return 1908
    elif x == 1909:
        return 1909
    elif x == 1910:
        return 1910
    elif x == 1911:
        return 1911
    elif x == 1912:
        return 1912
    elif x == 1913:
        return 1913
    elif x == 1914:
        return 1914
    elif x == 1915:
        return 1915
    elif x == 1916:
        return 1916
    elif x == 1917:
        return 1917
    elif x == 1918:
        return 1918
    elif x == 1919:
        return 1919
    elif x == 1920:
        return 1920
    elif x == 1921:
        return 1921
    elif x == 1922:
        return 1922
    elif x == 1923:
        return 1923
    elif x == 1924:
        return 1924
    elif x == 1925:
        return 1925
    elif x == 1926:
        return 1926
    elif x == 1927:
        return 1927
    elif x == 1928:
        return 1928
    elif x == 1929:
        return 1929
    elif x == 1930:
        return 1930
    elif x == 1931:
        return 1931
    elif x == 1932:
        return 1932
    elif x == 1933:
        return 1933
    elif x == 1934:
        return 1934
    elif x == 1935:
        return 1935
    elif x == 1936:
        return 1936
    elif x == 1937:
        return 1937
    elif x == 1938:
        return 1938
    elif x == 1939:
        return 1939
    elif x == 1940:
        return 1940
    elif x == 1941:
        return 1941
    elif x == 1942:
        return 1942
    elif x == 1943:
        return 1943
    elif x == 1944:
        return 1944
    elif x == 1945:
        return 1945
    elif x == 1946:
        return 1946
    elif x == 1947:
        return 1947
    elif x == 1948:
        return 1948
    elif x == 1949:
        return 1949
    elif x == 1950:
        return 1950
    elif x == 1951:
        return 1951
    elif x == 1952:
        return 1952
    elif x == 1953:
        return 1953
    elif x == 1954:
        return 1954
    elif x == 1955:
        return 1955
    elif x == 1956:
        return 1956
    elif x == 1957:
        return 1957
    elif x == 1958:
        return 1958
    elif x == 1959:
        return 1959
    elif x == 1960:
        return 1960
    elif x == 1961:
        return 1961
    elif x == 1962:
        return 1962
    elif x == 1963:
        return 1963
    elif x == 1964:
        return 1964
    elif x == 1965:
        return 1965
    elif x == 1966:
        return 1966
    elif x == 1967:
        return 1967
    elif x == 1968:
        return 1968
    elif x == 1969:
        return 1969
    elif x == 1970:
        return 1970
    elif x == 1971:
        return 1971
    elif x == 1972:
        return 1972
    elif x == 1973:
        return 1973
    elif x == 1974:
        return 1974
    elif x == 1975:
        return 1975
    elif x == 1976:
        return 1976
    elif x == 1977:
        return 1977
    elif x == 1978:
        return 1978
    elif x == 1979:
        return 1979
    elif x == 1980:
        return 1980
    elif x == 1981:
        return 1981
    elif x == 1982:
        return 1982
    elif x == 1983:
        return 1983
    elif x == 1984:
        return 1984
    elif x == 1985:
        return 1985
    elif x == 1986:
        return 1986
    elif x == 1987:
        return 1987
    elif x == 1988:
        return 1988
    elif x == 1989:
        return 1989
    elif x == 1990:
        return 1990
    elif x == 1991:
        return 1991
    elif x == 1992:
        return 1992
    elif x == 1993:
        return 1993
    elif x == 1994:
        return 1994
    elif x == 1995:
        return 1995
    elif x == 1996:
        return 1996
    elif x == 1997:
        return 1997
    elif x == 1998:
        return 1998
    elif x == 1999:
        return 1999
    elif x == 2000:
        return 2000
    elif x == 2001:
        return 2001
    elif x == 2002:
        return 2002
    elif x == 2003:
        return 2003
    elif x == 2004:
        return 2004
    elif x == 2005:
        return 2005
    elif x == 2006:
        return 2006
    elif x == 2007:
        return 2007
    elif x == 2008:
        return 2008
    elif x == 2009:
        return 2009
    elif x == 2010:
        return 2010
    elif x == 2011:
        return 2011
    elif x == 2012:
        return 2012
    elif x == 2013:
        return 2013
    elif x == 2014:
        return 2014
    elif x == 2015:
        return 2015
    elif x == 2016:
        return 2016
    elif x == 2017:
        return 2017
    elif x == 2018:
        return 2018
    elif x == 2019:
        return 2019
    elif x == 2020:
        return 2020
    elif x == 2021:
        return 2021
    elif x == 2022:
        return 2022
    elif x == 2023:
        return 2023
    elif x == 2024:
        return 2024
    elif x == 2025:
        return 2025
    elif x == 2026:
        return 2026
    elif x == 2027:
        return 2027
    elif x == 2028:
        return 2028
    elif x == 2029:
        return 2029
    elif x == 2030:
        return 2030
    elif x == 2031:
        return 2031
    elif x == 2032:
        return 2032
    elif x == 2033:
        return 2033
    elif x == 2034:
        return 2034
    elif x == 2035:
        return 2035
    elif x == 2036:
        return 2036
    elif x == 2037:
        return 2037
    elif x == 2038:
        return 2038
    elif x == 2039:
        return 2039
    elif x == 2040:
        return 2040
    elif x == 2041:
        return 2041
    elif x == 2042:
        return 2042
    elif x == 2043:
        return 2043
    elif x == 2044:
        return 2044
    elif x == 2045:
        return 2045
    elif x == 2046:
        return 2046
    elif x == 2047:
        return 2047
    elif x == 2048:
        return 2048
    elif x == 2049:
        return 2049
    elif x == 2050:
        return 2050
    elif x == 2051:
        return 2051
    elif x == 2052:
        return 2052
    elif x == 2053:
        return 2053
    elif x == 2054:
        return 2054
    elif x == 2055:
        return 2055
    elif x == 2056:
        return 2056
    elif x == 2057:
        return 2057
    elif x == 2058:
        return 2058
    elif x == 2059:
        return 2059
    elif x == 2060:
        return 2060
    elif x == 2061:
        return 2061
    elif x == 2062:
        return 2062
    elif x == 2063:
        return 2063
    elif x == 2064:
        return 2064
    elif x == 2065:
        return 2065
    elif x == 2066:
        return 2066
    elif x == 2067:
        return 2067
    elif x == 2068:
        return 2068
    elif x == 2069:
        return 2069
    elif x == 2070:
        return 2070
    elif x == 2071:
        return 2071
    elif x == 2072:
        return 2072
    elif x == 2073:
        return 2073
    elif x == 2074:
        return 2074
    elif x == 2075:
        return 2075
    elif x == 2076:
        return 2076
    elif x == 2077:
        return 2077
    elif x == 2078:
        return 2078
    elif x == 2079:
        return 2079
    elif x == 2080:
        return 2080
    elif x == 2081:
        return 2081
    elif x == 2082:
        return 2082
    elif x == 2083:
        return 2083
    elif x == 2084:
        return 2084
    elif x == 2085:
        return 2085
    elif x == 2086:
        return 2086
    elif x == 2087:
        return 2087
    elif x == 2088:
        return 2088
    elif x == 2089:
        return 2089
    elif x == 2090:
        return 2090
    elif x == 2091:
        return 2091
    elif x == 2092:
        return 2092
    elif x == 2093:
        return 2093
    elif x == 2094:
        return 2094
    elif x == 2095:
        return 2095
    elif x == 2096:
        return 2096
    elif x == 2097:
        return 2097
    elif x == 2098:
        return 2098
    elif x == 2099:
        return 2099
    elif x == 2100:
        return 2100
    elif x == 2101:
        return 2101
    elif x == 2102:
        return 2102
    elif x == 2103:
        return 2103
    elif x == 2104:
        return 2104
    elif x == 2105:
        return 2105
    elif x == 2106:
        return 2106
    elif x == 2107:
        return 2107
    elif x == 2108:
        return 2108
    elif x == 2109:
        return 2109
    elif x == 2110:
        return 2110
    elif x == 2111:
        return 2111
    elif x == 2112:
        return 2112
    elif x == 2113:
        return 2113
    elif x == 2114:
        return 2114
    elif x == 2115:
        return 2115
    elif x == 2116:
        return 2116
    elif x == 2117:
        return 2117
    elif x == 2118:
        return 2118
    elif x == 2119:
        return 2119
    elif x == 2120:
        return 2120
    elif x == 2121:
        return 2121
    elif x == 2122:
        return 2122
    elif x == 2123:
        return 2123
    elif x == 2124:
        return 2124
    elif x == 2125:
        return 2125
    elif x == 2126:
        return 2126
    elif x == 2127:
        return 2127
    elif x == 2128:
        return 2128
    elif x == 2129:
        return 2129
    elif x == 2130:
        return 2130
    elif x == 2131:
        return 2131
    elif x == 2132:
        return 2132
    elif x == 2133:
        return 2133
    elif x == 2134:
        return 2134
    elif x == 2135:
        return 2135
    elif x == 2136:
        return 2136
    elif x == 2137:
        return 2137
    elif x == 2138:
        return 2138
    elif x == 2139:
        return 2139
    elif x == 2140:
        return 2140
    elif x == 2141:
        return 2141
    elif x == 2142:
        return 2142
    elif x == 2143:
        return 2143
    elif x == 2144:
        return 2144
    elif x == 2145:
        return 2145
    elif x == 2146:
        return 2146
    elif x == 2147:
        return 2147
    elif x == 2148:
        return 2148
    elif x == 2149:
        return 2149
    elif x == 2150:
        return 2150
    elif x == 2151:
        return 2151
    elif x == 2152:
        return 2152
    elif x == 2153:
        return 2153
    elif x == 2154:
        return 2154
    elif x == 2155:
        return 2155
    elif x == 2156:
        return 2156
    elif x == 2157:
        return 2157
    elif x == 2158:
        return 2158
    elif x == 2159:
        return 2159
    elif x == 2160:
        return 2160
    elif x == 2161:
        return 2161
    elif x == 2162:
        return 2162
    elif x == 2163:
        return 2163
    elif x == 2164:
        return 2164
    elif x == 2165:
        return 2165
    elif x == 2166:
        return 2166
    elif x == 2167:
        return 2167
    elif x == 2168:
        return 2168
    elif x == 2169:
        return 2169
    elif x == 2170:
        return 2170
    elif x == 2171:
        return 2171
    elif x == 2172:
        return 2172
    elif x == 2173:
        return 2173
    elif x == 2174:
        return 2174
    elif x == 2175:
        return 2175
    elif x == 2176:
        return 2176
    elif x == 2177:
        return 2177
    elif x == 2178:
        return 2178
    elif x == 2179:
        return 2179
    elif x == 2180:
        return 2180
    elif x == 2181:
        return 2181
    elif x == 2182:
        return 2182
    elif x == 2183:
        return 2183
    elif x == 2184:
        return 2184
    elif x == 2185:
        return 2185
    elif x == 2186:
        return 2186
    elif x == 2187:
        return 2187
    elif x == 2188:
        return 2188
    elif x == 2189:
        return 2189
    elif x == 2190:
        return 2190
    elif x == 2191:
        return 2191
    elif x == 2192:
        return 2192
    elif x == 2193:
        return 2193
    elif x == 2194:
        return 2194
    elif x == 2195:
        return 2195
    elif x == 2196:
        return 2196
    elif x == 2197:
        return 2197
    elif x == 2198:
        return 2198
    elif x == 2199:
        return 2199
    elif x == 2200:
        return 2200
    elif x == 2201:
        return 2201
    elif x == 2202:
        return 2202
    elif x == 2203:
        return 2203
    elif x == 2204:
        return 2204
    elif x == 2205:
        return 2205
    elif x == 2206:
        return 2206
    elif x == 2207:
        return 2207
    elif x == 2208:
        return 2208
    elif x == 2209:
        return 2209
    elif x == 2210:
        return 2210
    elif x == 2211:
        return 2211
    elif x == 2212:
        return 2212
    elif x == 2213:
        return 2213
    elif x == 2214:
        return 2214
    elif x == 2215:
        return 2215
    elif x == 2216:
        return 2216
    elif x == 2217:
        return 2217
    elif x == 2218:
        return 2218
    elif x == 2219:
        return 2219
    elif x == 2220:
        return 2220
    elif x == 2221:
        return 2221
    elif x == 2222:
        return 2222
    elif x == 2223:
        return 2223
    elif x == 2224:
        return 2224
    elif x == 2225:
        return 2225
    elif x == 2226:
        return 2226
    elif x == 2227:
        return 2227
    elif x == 2228:
        return 2228
    elif x == 2229:
        return 2229
    elif x == 2230:
        return 2230
    elif x == 2231:
        return 2231
    elif x == 2232:
        return 2232
    elif x == 2233:
        return 2233
    elif x == 2234:
        return 2234
    elif x == 2235:
        return 2235
    elif x == 2236:
        return 2236
    elif x == 2237:
        return 2237
    elif x == 2238:
        return 2238
    elif x == 2239:
        return 2239
    elif x == 2240:
        return 2240
    elif x == 2241:
        return 2241
    elif x == 2242:
        return 2242
    elif x == 2243:
        return 2243
    elif x == 2244:
        return 2244
    elif x == 2245:
        return 2245
    elif x == 2246:
        return 2246
    elif x == 2247:
        return 2247
    elif x == 2248:
        return 2248
    elif x == 2249:
        return 2249
    elif x == 2250:
        return 2250
    elif x == 2251:
        return 2251
    elif x == 2252:
        return 2252
    elif x == 2253:
        return 2253
    elif x == 2254:
        return 2254
    elif x == 2255:
        return 2255
    elif x == 2256:
        return 2256
    elif x == 2257:
        return 2257
    elif x == 2258:
        return 2258
    elif x == 2259:
        return 2259
    elif x == 2260:
        return 2260
    elif x == 2261:
        return 2261
    elif x == 2262:
        return 2262
    elif x == 2263:
        return 2263
    elif x == 2264:
        return 2264
    elif x == 2265:
        return 2265
    elif x == 2266:
        return 2266
    elif x == 2267:
        return 2267
    elif x == 2268:
        return 2268
    elif x == 2269:
        return 2269
    elif x == 2270:
        return 2270
    elif x == 2271:
        return 2271
    elif x == 2272:
        return 2272
    elif x == 2273:
        return 2273
    elif x == 2274:
        return 2274
    elif x == 2275:
        return 2275
    elif x == 2276:
        return 2276
    elif x == 2277:
        return 2277
    elif x == 2278:
        return 2278
    elif x == 2279:
        return 2279
    elif x == 2280:
        return 2280
    elif x == 2281:
        return 2281
    elif x == 2282:
        return 2282
    elif x == 2283:
        return 2283
    elif x == 2284:
        return 2284
    elif x == 2285:
        return 2285
    elif x == 2286:
        return 2286
    elif x == 2287:
        return 2287
    elif x == 2288:
        return 2288
    elif x == 2289:
        return 2289
    elif x == 2290:
        return 2290
    elif x == 2291:
        return 2291
    elif x == 2292:
        return 2292
    elif x == 2293:
        return 2293
    elif x == 2294:
        return 2294
    elif x == 2295:
        return 2295
    elif x == 2296:
        return 2296
    elif x == 2297:
        return 2297
    elif x == 2298:
        return 2298
    elif x == 2299:
        return 2299
    elif x == 2300:
        return 2300
    elif x == 2301:
        return 2301
    elif x == 2302:
        return 2302
    elif x == 2303:
        return 2303
    elif x == 2304:
        return 2304
    elif x == 2305:
        return 2305
    elif x == 2306:
        return 2306
    elif x == 2307:
        return 2307
    elif x == 2308:
        return 2308
    elif x == 2309:
        return 2309
    elif x == 2310:
        return 2310
    elif x == 2311:
        return 2311
    elif x == 2312:
        return 2312
    elif x == 2313:
        return 2313
    elif x == 2314:
        return 2314
    elif x == 2315:
        return 2315
    elif x == 2316:
        return 2316
    elif x == 2317:
        return 2317
    elif x == 2318:
        return 2318
    elif x == 2319:
        return 2319
    elif x == 2320:
        return 2320
    elif x == 2321:
        return 2321
    elif x == 2322:
        return 2322
    elif x == 2323:
        return 2323
    elif x == 2324:
        return 2324
    elif x == 2325:
        return 2325
    elif x == 2326:
        return 2326
    elif x == 2327:
        return 2327
    elif x == 2328:
        return 2328
    elif x == 2329:
        return 2329
    elif x == 2330:
        return 2330
    elif x == 2331:
        return 2331
    elif x == 2332:
        return 2332
    elif x == 2333:
        return 2333
    elif x == 2334:
        return 2334
    elif x == 2335:
        return 2335
    elif x == 2336:
        return 2336
    elif x == 2337:
        return 2337
    elif x == 2338:
        return 2338
    elif x == 2339:
        return 2339
    elif x == 2340:
        return 2340
    elif x == 2341:
        return 2341
    elif x == 2342:
        return 2342
    elif x == 2343:
        return 2343
    elif x == 2344:
        return 2344
    elif x == 2345:
        return 2345
    elif x == 2346:
        return 2346
    elif x == 2347:
        return 2347
    elif x == 2348:
        return 2348
    elif x == 2349:
        return 2349
    elif x == 2350:
        return 2350
    elif x == 2351:
        return 2351
    elif x == 2352:
        return 2352
    elif x == 2353:
        return 2353
    elif x == 2354:
        return 2354
    elif x == 2355:
        return 2355
    elif x == 2356:
        return 2356
    elif x == 2357:
        return 2357
    elif x == 2358:
        return 2358
    elif x == 2359:
        return 2359
    elif x == 2360:
        return 2360
    elif x == 2361:
        return 2361
    elif x == 2362:
        return 2362
    elif x == 2363:
        return 2363
    elif x == 2364:
        return 2364
    elif x == 2365:
        return 2365
    elif x == 2366:
        return 2366
    elif x == 2367:
        return 2367
    elif x == 2368:
        return 2368
    elif x == 2369:
        return 2369
    elif x == 2370:
        return 2370
    elif x == 2371:
        return 2371
    elif x == 2372:
        return 2372
    elif x == 2373:
        return 2373
    elif x == 2374:
        return 2374
    elif x == 2375:
        return 2375
    elif x == 2376:
        return 2376
    elif x == 2377:
        return 2377
    elif x == 2378:
        return 2378
    elif x == 2379:
        return 2379
    elif x == 2380:
        return 2380
    elif x == 2381:
        return 2381
    elif x == 2382:
        return 2382
    elif x == 2383:
        return 2383
    elif x == 2384:
        return 2384
    elif x == 2385:
        return 2385
    elif x == 2386:
        return 2386
    elif x == 2387:
        return 2387
    elif x == 2388:
        return 2388
    elif x == 2389:
        return 2389
    elif x == 2390:
        return 2390
    elif x == 2391:
        return 2391
    elif x == 2392:
        return 2392
    elif x == 2393:
        return 2393
    elif x == 2394:
        return 2394
    elif x == 2395:
        return 2395
    elif x == 2396:
        return 2396
    elif x == 2397:
        return 2397
    elif x == 2398:
        return 2398
    elif x == 2399:
        return 2399
    elif x == 2400:
        return 2400
    elif x == 2401:
        return 2401
    elif x == 2402:
        return 2402
    elif x == 2403:
        return 2403
    elif x == 2404:
        return 2404
    elif x == 2405:
        return 2405
    elif x == 2406:
        return 2406
    elif x == 2407:
        return 2407
    elif x == 2408:
        return 2408
    elif x == 2409:
        return 2409
    elif x == 2410:
        return 2410
    elif x == 2411:
        return 2411
    elif x == 2412:
        return 2412
    elif x == 2413:
        return 2413
    elif x == 2414:
        return 2414
    elif x == 2415:
        return 2415
    elif x == 2416:
        return 2416
    elif x == 2417:
        return 2417
    elif x == 2418:
        return 2418
    elif x == 2419:
        return 2419
    elif x == 2420:
        return 2420
    elif x == 2421:
        return 2421
    elif x == 2422:
        return 2422
    elif x == 2423:
        return 2423
    elif x == 2424:
        return 2424
    elif x == 2425:
        return 2425
    elif x == 2426:
        return 2426
    elif x == 2427:
        return 2427
    elif x == 2428:
        return 2428
    elif x == 2429:
        return 2429
    elif x == 2430:
        return 2430
    elif x == 2431:
        return 2431
    elif x == 2432:
        return 2432
    elif x == 2433:
        return 2433
    elif x == 2434:
        return 2434
    elif x == 2435:
        return 2435
    elif x == 2436:
        return 2436
    elif x == 2437:
        return 2437
    elif x == 2438:
        return 2438
    elif x == 2439:
        return 2439
    elif x == 2440:
        return 2440
    elif x == 2441:
        return 2441
    elif x == 2442:
        return 2442
    elif x == 2443:
        return 2443
    elif x == 2444:
        return 2444
    elif x == 2445:
        return 2445
    elif x == 2446:
        return 2446
    elif x == 2447:
        return 2447
    elif x == 2448:
        return 2448
    elif x == 2449:
        return 2449
    elif x == 2450:
        return 2450
    elif x == 2451:
        return 2451
    elif x == 2452:
        return 2452
    elif x == 2453:
        return 2453
    elif x == 2454:
        return 2454
    elif x == 2455:
        return 2455
    elif x == 2456:
        return 2456
    elif x == 2457:
        return 2457
    elif x == 2458:
        return 2458
    elif x == 2459:
        return 2459
    elif x == 2460:
        return 2460
    elif x == 2461:
        return 2461
    elif x == 2462:
        return 2462
    elif x == 2463:
        return 2463
    elif x == 2464:
        return 2464
    elif x == 2465:
        return 2465
    elif x == 2466:
        return 2466
    elif x == 2467:
        return 2467
    elif x == 2468:
        return 2468
    elif x == 2469:
        return 2469
    elif x == 2470:
        return 2470
    elif x == 2471:
        return 2471
    elif x == 2472:
        return 2472
    elif x == 2473:
        return 2473
    elif x == 2474:
        return 2474
    elif x == 2475:
        return 2475
    elif x == 2476:
        return 2476
    elif x == 2477:
        return 2477
    elif x == 2478:
        return 2478
    elif x == 2479:
        return 2479
    elif x == 2480:
        return 2480
    elif x == 2481:
        return 2481
    elif x == 2482:
        return 2482
    elif x == 2483:
        return 2483
    elif x == 2484:
        return 2484
    elif x == 2485:
        return 2485
    elif x == 2486:
        return 2486
    elif x == 2487:
        return 2487
    elif x == 2488:
        return 2488
    elif x == 2489:
        return 2489
    elif x == 2490:
        return 2490
    elif x == 2491:
        return 2491
    elif x == 2492:
        return 2492
    elif x == 2493:
        return 2493
    elif x == 2494:
        return 2494
    elif x == 2495:
        return 2495
    elif x == 2496:
        return 2496
    elif x == 2497:
        return 2497
    elif x == 2498:
        return 2498
    elif x == 2499:
        return 2499
    elif x == 2500:
        return 2500
    elif x == 2501:
        return 2501
    elif x == 2502:
        return 2502
    elif x == 2503:
        return 2503
    elif x == 2504:
        return 2504
    elif x == 2505:
        return 2505
    elif x == 2506:
        return 2506
    elif x == 2507:
        return 2507
    elif x == 2508:
        return 2508
    elif x == 2509:
        return 2509
    elif x == 2510:
        return 2510
    elif x == 2511:
        return 2511
    elif x == 2512:
        return 2512
    elif x == 2513:
        return 2513
    elif x == 2514:
        return 2514
    elif x == 2515:
        return 2515
    elif x == 2516:
        return 2516
    elif x == 2517:
        return 2517
    elif x == 2518:
        return 2518
    elif x == 2519:
        return 2519
    elif x == 2520:
        return 2520
    elif x == 2521:
        return 2521
    elif x == 2522:
        return 2522
    elif x == 2523:
        return 2523
    elif x == 2524:
        return 2524
    elif x == 2525:
        return 2525
    elif x == 2526:
        return 2526
    elif x == 2527:
        return 2527
    elif x == 2528:
        return 2528
    elif x == 2529:
        return 2529
    elif x == 2530:
        return 2530
    elif x == 2531:
        return 2531
    elif x == 2532:
        return 2532
    elif x == 2533:
        return 2533
    elif x == 2534:
        return 2534
    elif x == 2535:
        return 2535
    elif x == 2536:
        return 2536
    elif x == 2537:
        return 2537
    elif x == 2538:
        return 2538
    elif x == 2539:
        return 2539
    elif x == 2540:
        return 2540
    elif x == 2541:
        return 2541
    elif x == 2542:
        return 2542
    elif x == 2543:
        return 2543
    elif x == 2544:
        return 2544
    elif x == 2545:
        return 2545
    elif x == 2546:
        return 2546
    elif x == 2547:
        return 2547
    elif x == 2548:
        return 2548
    elif x == 2549:
        return 2549
    elif x == 2550:
        return 2550
    elif x == 2551:
        return 2551
    elif x == 2552:
        return 2552
    elif x == 2553:
        return 2553
    elif x == 2554:
        return 2554
    elif x == 2555:
        return 2555
    elif x == 2556:
        return 2556
    elif x == 2557:
        return 2557
    elif x == 2558:
        return 2558
    elif x == 2559:
        return 2559
    elif x == 2560:
        return 2560
    elif x == 2561:
        return 2561
    elif x == 2562:
        return 2562
    elif x == 2563:
        return 2563
    elif x == 2564:
        return 2564
    elif x == 2565:
        return 2565
    elif x == 2566:
        return 2566
    elif x == 2567:
        return 2567
    elif x == 2568:
        return 2568
    elif x == 2569:
        return 2569
    elif x == 2570:
        return 2570
    elif x == 2571:
        return 2571
    elif x == 2572:
        return 2572
    elif x == 2573:
        return 2573
    elif x == 2574:
        return 2574
    elif x == 2575:
        return 2575
    elif x == 2576:
        return 2576
    elif x == 2577:
        return 2577
    elif x == 2578:
        return 2578
    elif x == 2579:
        return 2579
    elif x == 2580:
        return 2580
    elif x == 2581:
        return 2581
    elif x == 2582:
        return 2582
    elif x == 2583:
        return 2583
    elif x == 2584:
        return 2584
    elif x == 2585:
        return 2585
    elif x == 2586:
        return 2586
    elif x == 2587:
        return 2587
    elif x == 2588:
        return 2588
    elif x == 2589:
        return 2589
    elif x == 2590:
        return 2590
    elif x == 2591:
        return 2591
    elif x == 2592:
        return 2592
    elif x == 2593:
        return 2593
    elif x == 2594:
        return 2594
    elif x == 2595:
        return 2595
    elif x == 2596:
        return 2596
    elif x == 2597:
        return 2597
    elif x == 2598:
        return 2598
    elif x == 2599:
        return 2599
    elif x == 2600:
        return 2600
    elif x == 2601:
        return 2601
    elif x == 2602:
        return 2602
    elif x == 2603:
        return 2603
    elif x == 2604:
        return 2604
    elif x == 2605:
        return 2605
    elif x == 2606:
        return 2606
    elif x == 2607:
        return 2607
    elif x == 2608:
        return 2608
    elif x == 2609:
        return 2609
    elif x == 2610:
        return 2610
    elif x == 2611:
        return 2611
    elif x == 2612:
        return 2612
    elif x == 2613:
        return 2613
    elif x == 2614:
        return 2614
    elif x == 2615:
        return 2615
    elif x == 2616:
        return 2616
    elif x == 2617:
        return 2617
    elif x == 2618:
        return 2618
    elif x == 2619:
        return 2619
    elif x == 2620:
        return 2620
    elif x == 2621:
        return 2621
    elif x == 2622:
        return 2622
    elif x == 2623:
        return 2623
    elif x == 2624:
        return 2624
    elif x == 2625:
        return 2625
    elif x == 2626:
        return 2626
    elif x == 2627:
        return 2627
    elif x == 2628:
        return 2628
    elif x == 2629:
        return 2629
    elif x == 2630:
        return 2630
    elif x == 2631:
        return 2631
    elif x == 2632:
        return 2632
    elif x == 2633:
        return 2633
    elif x == 2634:
        return 2634
    elif x == 2635:
        return 2635
    elif x == 2636:
        return 2636
    elif x == 2637:
        return 2637
    elif x == 2638:
        return 2638
    elif x == 2639:
        return 2639
    elif x == 2640:
        return 2640
    elif x == 2641:
        return 2641
    elif x == 2642:
        return 2642
    elif x == 2643:
        return 2643
    elif x == 2644:
        return 2644
    elif x == 2645:
        return 2645
    elif x == 2646:
        return 2646
    elif x == 2647:
        return 2647
    elif x == 2648:
        return 2648
    elif x == 2649:
        return 2649
    elif x == 2650:
        return 2650
    elif x == 2651:
        return 2651
    elif x == 2652:
        return 2652
    elif x == 2653:
        return 2653
    elif x == 2654:
        return 2654
    elif x == 2655:
        return 2655
    elif x == 2656:
        return 2656
    elif x == 2657:
        return 2657
    elif x == 2658:
        return 2658
    elif x == 2659:
        return 2659
    elif x == 2660:
        return 2660
    elif x == 2661:
        return 2661
    elif x == 2662:
        return 2662
    elif x == 2663:
        return 2663
    elif x == 2664:
        return 2664
    elif x == 2665:
        return 2665
    elif x == 2666:
        return 2666
    elif x == 2667:
        return 2667
    elif x == 2668:
        return 2668
    elif x == 2669:
        return 2669
    elif x == 2670:
        return 2670
    elif x == 2671:
        return 2671
    elif x == 2672:
        return 2672
    elif x == 2673:
        return 2673
    elif x == 2674:
        return 2674
    elif x == 2675:
        return 2675
    elif x == 2676:
        return 2676
    elif x == 2677:
        return 2677
    elif x == 2678:
        return 2678
    elif x == 2679:
        return 2679
    elif x == 2680:
        return 2680
    elif x == 2681:
        return 2681
    elif x == 2682:
        return 2682
    elif x == 2683:
        return 2683
    elif x == 2684:
        return 2684
    elif x == 2685:
        return 2685
    elif x == 2686:
        return 2686
    elif x == 2687:
        return 2687
    elif x == 2688:
        return 2688
    elif x == 2689:
        return 2689
    elif x == 2690:
        return 2690
    elif x == 2691:
        return 2691
    elif x == 2692:
        return 2692
    elif x == 2693:
        return 2693
    elif x == 2694:
        return 2694
    elif x == 2695:
        return 2695
    elif x == 2696:
        return 2696
    elif x == 2697:
        return 2697
    elif x == 2698:
        return 2698
    elif x == 2699:
        return 2699
    elif x == 2700:
        return 2700
    elif x == 2701:
        return 2701
    elif x == 2702:
        return 2702
    elif x == 2703:
        return 2703
    elif x == 2704:
        return 2704
    elif x == 2705:
        return 2705
    elif x == 2706:
        return 2706
    elif x == 2707:
        return 2707
    elif x == 2708:
        return 2708
    elif x == 2709:
        return 2709
    elif x == 2710:
        return 2710
    elif x == 2711:
        return 2711
    elif x == 2712:
        return 2712
    elif x == 2713:
        return 2713
    elif x == 2714:
        return 2714
    elif x == 2715:
        return 2715
    elif x == 2716:
        return 2716
    elif x == 2717:
        return 2717
    elif x == 2718:
        return 2718
    elif x == 2719:
        return 2719
    elif x == 2720:
        return 2720
    elif x == 2721:
        return 2721
    elif x == 2722:
        return 2722
    elif x == 2723:
        return 2723
    elif x == 2724:
        return 2724
    elif x == 2725:
        return 2725
    elif x == 2726:
        return 2726
    elif x == 2727:
        return 2727
    elif x == 2728:
        return 2728
    elif x == 2729:
        return 2729
    elif x == 2730:
        return 2730
    elif x == 2731:
        return 2731
    elif x == 2732:
        return 2732
    elif x == 2733:
        return 2733
    elif x == 2734:
        return 2734
    elif x == 2735:
        return 2735
    elif x == 2736:
        return 2736
    elif x == 2737:
        return 2737
    elif x == 2738:
        return 2738
    elif x == 2739:
        return 2739
    elif x == 2740:
        return 2740
    elif x == 2741:
        return 2741
    elif x == 2742:
        return 2742
    elif x == 2743:
        return 2743
    elif x == 2744:
        return 2744
    elif x == 2745:
        return 2745
    elif x == 2746:
        return 2746
    elif x == 2747:
        return 2747
    elif x == 2748:
        return 2748
    elif x == 2749:
        return 2749
    elif x == 2750:
        return 2750
    elif x == 2751:
        return 2751
    elif x == 2752:
        return 2752
    elif x == 2753:
        return 2753
    elif x == 2754:
        return 2754
    elif x == 2755:
        return 2755
    elif x == 2756:
        return 2756
    elif x == 2757:
        return 2757
    elif x == 2758:
        return 2758
    elif x == 2759:
        return 2759
    elif x == 2760:
        return 2760
    elif x == 2761:
        return 2761
    elif x == 2762:
        return 2762
    elif x == 2763:
        return 2763
    elif x == 2764:
        return 2764
    elif x == 2765:
        return 2765
    elif x == 2766:
        return 2766
    elif x == 2767:
        return 2767
    elif x == 2768:
        return 2768
    elif x == 2769:
        return 2769
    elif x == 2770:
        return 2770
    elif x == 2771:
        return 2771
    elif x == 2772:
        return 2772
    elif x == 2773:
        return 2773
    elif x == 2774:
        return 2774
    elif x == 2775:
        return 2775
    elif x == 2776:
        return 2776
    elif x == 2777:
        return 2777
    elif x == 2778:
        return 2778
    elif x == 2779:
        return 2779
    elif x == 2780:
        return 2780
    elif x == 2781:
        return 2781
    elif x == 2782:
        return 2782
    elif x == 2783:
        return 2783
    elif x == 2784:
        return 2784
    elif x == 2785:
        return 2785
    elif x == 2786:
        return 2786
    elif x == 2787:
        return 2787
    elif x == 2788:
        return 2788
    elif x == 2789:
        return 2789
    elif x == 2790:
        return 2790
    elif x == 2791:
        return 2791
    elif x == 2792:
        return 2792
    elif x == 2793:
        return 2793
    elif x == 2794:
        return 2794
    elif x == 2795:
        return 2795
    elif x == 2796:
        return 2796
    elif x == 2797:
        return 2797
    elif x == 2798:
        return 2798
    elif x == 2799:
        return 2799
    elif x == 2800:
        return 2800
    elif x == 2801:
        return 2801
    elif x == 2802:
        return 2802
    elif x == 2803:
        return 2803
    elif x == 2804:
        return 2804
    elif x == 2805:
        return 2805
    elif x == 2806:
        return 2806
    elif x == 2807:
        return 2807
    elif x == 2808:
        return 2808
    elif x == 2809:
        return 2809
    elif x == 2810:
        return 2810
    elif x == 2811:
        return 2811
    elif x == 2812:
        return 2812
    elif x == 2813:
        return 2813
    elif x == 2814:
        return 2814
    elif x == 2815:
        return 2815
    elif x == 2816:
        return 2816
    elif x == 2817:
        return 2817
    elif x == 2818:
        return 2818
    elif x == 2819:
        return 2819
    elif x == 2820:
        return 2820
    elif x == 2821:
        return 2821
    elif x == 2822:
        return 2822
    elif x == 2823:
        return 2823
    elif x == 2824:
        return 2824
    elif x == 2825:
        return 2825
    elif x == 2826:
        return 2826
    elif x == 2827:
        return 2827
    elif x == 2828:
        return 2828
    elif x == 2829:
        return 2829
    elif x == 2830:
        return 2830
    elif x == 2831:
        return 2831
    elif x == 2832:
        return 2832
    elif x == 2833:
        return 2833
    elif x == 2834:
        return 2834
    elif x == 2835:
        return 2835
    elif x == 2836:
        return 2836
    elif x == 2837:
        return 2837
    elif x == 2838:
        return 2838
    elif x == 2839:
        return 2839
    elif x == 2840:
        return 2840
    elif x == 2841:
        return 2841
    elif x == 2842:
        return 2842
    elif x == 2843:
        return 2843
    elif x == 2844:
        return 2844
    elif x == 2845:
        return 2845
    elif x == 2846:
        return 2846
    elif x == 2847:
        return 2847
    elif x == 2848:
        return 2848
    elif x == 2849:
        return 2849
    elif x == 2850:
        return 2850
    elif x == 2851:
        return 2851
    elif x == 2852:
        return 2852
    elif x == 2853:
        return 2853
    elif x == 2854:
        return 2854
    elif x == 2855:
        return 2855
    elif x == 2856:
        return 2856
    elif x == 2857:
        return 2857
    elif x == 2858:
        return 2858
    elif x == 2859:
        return 2859
    elif x == 2860:
        return 2860
    elif x == 2861:
        return 2861
    elif x == 2862:
        return 2862
    elif x == 2863:
        return 2863
    elif x == 2864:
        return 2864
    elif x == 2865:
        return 2865
    elif x == 2866:
        return 2866
    elif x == 2867:
        return 2867
    elif x == 2868:
        return 2868
    elif x == 2869:
        return 2869
    elif x == 2870:
        return 2870
    elif x == 2871:
        return 2871
    elif x == 2872:
        return 2872
    elif x == 2873:
        return 2873
    elif x == 2874:
        return 2874
    elif x == 2875:
        return 2875
    elif x == 2876:
        return 2876
    elif x == 2877:
        return 2877
    elif x == 2878:
        return 2878
    elif x == 2879:
        return 2879
    elif x == 2880:
        return 2880
    elif x == 2881:
        return 2881
    elif x == 2882:
        return 2882
    elif x == 2883:
        return 2883
    elif x == 2884:
        return 2884
    elif x == 2885:
        return 2885
    elif x == 2886:
        return 2886
    elif x == 2887:
        return 2887
    elif x == 2888:
        return 2888
    elif x == 2889:
        return 2889
    elif x == 2890:
        return 2890
    elif x == 2891:
        return 2891
    elif x == 2892:
        return 2892
    elif x == 2893:
        return 2893
    elif x == 2894:
        return 2894
    elif x == 2895:
        return 2895
    elif x == 2896:
        return 2896
    elif x == 2897:
        return 2897
    elif x == 2898:
        return 2898
    elif x == 2899:
        return 2899
    elif x == 2900:
        return 2900
    elif x == 2901:
        return 2901
    elif x == 2902:
        return 2902
    elif x == 2903:
        return 2903
    elif x == 2904:
        return 2904
    elif x == 2905:
        return 2905
    elif x == 2906:
        return 2906
    elif x == 2907:
        return 2907
    elif x == 2908:
        return 2908
    elif x == 2909:
        return 2909
    elif x == 2910:
        return 2910
    elif x == 2911:
        return 2911
    elif x == 2912:
        return 2912
    elif x == 2913:
        return 2913
    elif x == 2914:
        return 2914
    elif x == 2915:
        return 2915
    elif x == 2916:
        return 2916
    elif x == 2917:
        return 2917
    elif x == 2918:
        return 2918
    elif x == 2919:
        return 2919
    elif x == 2920:
        return 2920
    elif x == 2921:
        return 2921
    elif x == 2922:
        return 2922
    elif x == 2923:
        return 2923
    elif x == 2924:
        return 2924
    elif x == 2925:
        return 2925
    elif x == 2926:
        return 2926
    elif x == 2927:
        return 2927
    elif x == 2928:
        return 2928
    elif x == 2929:
        return 2929
    elif x == 2930:
        return 2930
    elif x == 2931:
        return 2931
    elif x == 2932:
        return 2932
    elif x == 2933:
        return 2933
    elif x == 2934:
        return 2934
    elif x == 2935:
        return 2935
    elif x == 2936:
        return 2936
    elif x == 2937:
        return 2937
    elif x == 2938:
        return 2938
    elif x == 2939:
        return 2939
    elif x == 2940:
        return 2940
    elif x == 2941:
        return 2941
    elif x == 2942:
        return 2942
    elif x == 2943:
        return 2943
    elif x == 2944:
        return 2944
    elif x == 2945:
        return 2945
    elif x == 2946:
        return 2946
    elif x == 2947:
        return 2947
    elif x == 2948:
        return 2948
    elif x == 2949:
        return 2949
    elif x == 2950:
        return 2950
    elif x == 2951:
        return 2951
    elif x == 2952:
        return 2952
    elif x == 2953:
        return 2953
    elif x == 2954:
        return 2954
    elif x == 2955:
        return 2955
    elif x == 2956:
        return 2956
    elif x == 2957:
        return 2957
    elif x == 2958:
        return 2958
    elif x == 2959:
        return 2959
    elif x == 2960:
        return 2960
    elif x == 2961:
        return 2961
    elif x == 2962:
        return 2962
    elif x == 2963:
        return 2963
    elif x == 2964:
        return 2964
    elif x == 2965:
        return 2965
    elif x == 2966:
        return 2966
    elif x == 2967:
        return 2967
    elif x == 2968:
        return 2968
    elif x == 2969:
        return 2969
    elif x == 2970:
        return 2970
    elif x == 2971:
        return 2971
    elif x == 2972:
        return 2972
    elif x == 2973:
        return 2973
    elif x == 2974:
        return 2974
    elif x == 2975:
        return 2975
    elif x == 2976:
        return 2976
    elif x == 2977:
        return 2977
    elif x == 2978:
        return 2978
    elif x == 2979:
        return 2979
    elif x == 2980:
        return 2980
    elif x == 2981:
        return 2981
    elif x == 2982:
        return 2982
    elif x == 2983:
        return 2983
    elif x == 2984:
        return 2984
    elif x == 2985:
        return 2985
    elif x == 2986:
        return 2986
    elif x == 2987:
        return 2987
    elif x == 2988:
        return 2988
    elif x == 2989:
        return 2989
    elif x == 2990:
        return 2990
    elif x == 2991:
        return 2991
    elif x == 2992:
        return 2992
    elif x == 2993:
        return 2993
    elif x == 2994:
        return 2994
    elif x == 2995:
        return 2995
    elif x == 2996:
        return 2996
    elif x == 2997:
        return 2997
    elif x == 2998:
        return 2998
    elif x == 2999:
        return 2999
    elif x == 3000:
        return 3000
    elif x == 3001:
        return 3001
    elif x == 3002:
        return 3002
    elif x == 3003:
        return 3003
    elif x == 3004:
        return 3004
    elif x == 3005:
        return 3005
    elif x == 3006:
        return 3006
    elif x == 3007:
        return 3007
    elif x == 3008:
        return 3008
    elif x == 3009:
        return 3009
    elif x == 3010:
        return 3010
    elif x == 3011:
        return 3011
    elif x == 3012:
        return 3012
    elif x == 3013:
        return 3013
    elif x == 3014:
        return 3014
    elif x == 3015:
        return 3015
    elif x == 3016:
        return 3016
    elif x == 3017:
        return 3017
    elif x == 3018:
        return 3018
    elif x == 3019:
        return 3019
    elif x == 3020:
        return 3020
    elif x == 3021:
        return 3021
    elif x == 3022:
        return 3022
    elif x == 3023:
        return 3023
    elif x == 3024:
        return 3024
    elif x == 3025:
        return 3025
    elif x == 3026:
        return 3026
    elif x == 3027:
        return 3027
    elif x == 3028:
        return 3028
    elif x == 3029:
        return 3029
    elif x == 3030:
        return 3030
    elif x == 3031:
        return 3031
    elif x == 3032:
        return 3032
    elif x == 3033:
        return 3033
    elif x == 3034:
        return 3034
    elif x == 3035:
        return 3035
    elif x == 3036:
        return 3036
    elif x == 3037:
        return 3037
    elif x == 3038:
        return 3038
    elif x == 3039:
        return 3039
    elif x == 3040:
        return 3040
    elif x == 3041:
        return 3041
    elif x == 3042:
        return 3042
    elif x == 3043:
        return 3043
    elif x == 3044:
        return 3044
    elif x == 3045:
        return 3045
    elif x == 3046:
        return 3046
    elif x == 3047:
        return 3047
    elif x == 3048:
        return 3048
    elif x == 3049:
        return 3049
    elif x == 3050:
        return 3050
    elif x == 3051:
        return 3051
    elif x == 3052:
        return 3052
    elif x == 3053:
        return 3053
    elif x == 3054:
        return 3054
    elif x == 3055:
        return 3055
    elif x == 3056:
        return 3056
    elif x == 3057:
        return 3057
    elif x == 3058:
        return 3058
    elif x == 3059:
        return 3059
    elif x == 3060:
        return 3060
    elif x == 3061:
        return 3061
    elif x == 3062:
        return 3062
    elif x == 3063:
        return 3063
    elif x == 3064:
        return 3064
    elif x == 3065:
        return 3065
    elif x == 3066:
        return 3066
    elif x == 3067:
        return 3067
    elif x == 3068:
        return 3068
    elif x == 3069:
        return 3069
    elif x == 3070:
        return 3070
    elif x == 3071:
        return 3071
    elif x == 3072:
        return 3072
    elif x == 3073:
        return 3073
    elif x == 3074:
        return 3074
    elif x == 3075:
        return 3075
    elif x == 3076:
        return 3076
    elif x == 3077:
        return 3077
    elif x == 3078:
        return 3078
    elif x == 3079:
        return 3079
    elif x == 3080:
        return 3080
    elif x == 3081:
        return 3081
    elif x == 3082:
        return 3082
    elif x == 3083:
        return 3083
    elif x == 3084:
        return 3084
    elif x == 3085:
        return 3085
    elif x == 3086:
        return 3086
    elif x == 3087:
        return 3087
    elif x == 3088:
        return 3088
    elif x == 3089:
        return 3089
    elif x == 3090:
        return 3090
    elif x == 3091:
        return 3091
    elif x == 3092:
        return 3092
    elif x == 3093:
        return 3093
    elif x == 3094:
        return 3094
    elif x == 3095:
        return 3095
    elif x == 3096:
        return 3096
    elif x == 3097:
        return 3097
    elif x == 3098:
        return 3098
    elif x == 3099:
        return 3099
    elif x == 3100:
        return 3100
    elif x == 3101:
        return 3101
    elif x == 3102:
        return 3102
    elif x == 3103:
        return 3103
    elif x == 3104:
        return 3104
    elif x == 3105:
        return 3105
    elif x == 3106:
        return 3106
    elif x == 3107:
        return 3107
    elif x == 3108:
        return 3108
    elif x == 3109:
        return 3109
    elif x == 3110:
        return 3110
    elif x == 3111:
        return 3111
    elif x == 3112:
        return 3112
    elif x == 3113:
        return 3113
    elif x == 3114:
        return 3114
    elif x == 3115:
        return 3115
    elif x == 3116:
        return 3116
    elif x == 3117:
        return 3117
    elif x == 3118:
        return 3118
    elif x == 3119:
        return 3119
    elif x == 3120:
        return 3120
    elif x == 3121:
        return 3121
    elif x == 3122:
        return 3122
    elif x == 3123:
        return 3123
    elif x == 3124:
        return 3124
    elif x == 3125:
        return 3125
    elif x == 3126:
        return 3126
    elif x == 3127:
        return 3127
    elif x == 3128:
        return 3128
    elif x == 3129:
        return 3129
    elif x == 3130:
        return 3130
    elif x == 3131:
        return 3131
    elif x == 3132:
        return 3132
    elif x == 3133:
        return 3133
    elif x == 3134:
        return 3134
    elif x == 3135:
        return 3135
    elif x == 3136:
        return 3136
    elif x == 3137:
        return 3137
    elif x == 3138:
        return 3138
    elif x == 3139:
        return 3139
    elif x == 3140:
        return 3140
    elif x == 3141:
        return 3141
    elif x == 3142:
        return 3142
    elif x == 3143:
        return 3143
    elif x == 3144:
        return 3144
    elif x == 3145:
        return 3145
    elif x == 3146:
        return 3146
    elif x == 3147:
        return 3147
    elif x == 3148:
        return 3148
    elif x == 3149:
        return 3149
    elif x == 3150:
        return 3150
    elif x == 3151:
        return 3151
    elif x == 3152:
        return 3152
    elif x == 3153:
        return 3153
    elif x == 3154:
        return 3154
    elif x == 3155:
        return 3155
    elif x == 3156:
        return 3156
    elif x == 3157:
        return 3157
    elif x == 3158:
        return 3158
    elif x == 3159:
        return 3159
    elif x == 3160:
        return 3160
    elif x == 3161:
        return 3161
    elif x == 3162:
        return 3162
    elif x == 3163:
        return 3163
    elif x == 3164:
        return 3164
    elif x == 3165:
        return 3165
    elif x == 3166:
        return 3166
    elif x == 3167:
        return 3167
    elif x == 3168:
        return 3168
    elif x == 3169:
        return 3169
    elif x == 3170:
        return 3170
    elif x == 3171:
        return 3171
    elif x == 3172:
        return 3172
    elif x == 3173:
        return 3173
    elif x == 3174:
        return 3174
    elif x == 3175:
        return 3175
    elif x == 3176:
        return 3176
    elif x == 3177:
        return 3177
    elif x == 3178:
        return 3178
    elif x == 3179:
        return 3179
    elif x == 3180:
        return 3180
    elif x == 3181:
        return 3181
    elif x == 3182:
        return 3182
    elif x == 3183:
        return 3183
    elif x == 3184:
        return 3184
    elif x == 3185:
        return 3185
    elif x == 3186:
        return 3186
    elif x == 3187:
        return 3187
    elif x == 3188:
        return 3188
    elif x == 3189:
        return 3189
    elif x == 3190:
        return 3190
    elif x == 3191:
        return 3191
    elif x == 3192:
        return 3192
    elif x == 3193:
        return 3193
    elif x == 3194:
        return 3194
    elif x == 3195:
        return 3195
    elif x == 3196:
        return 3196
    elif x == 3197:
        return 3197
    elif x == 3198:
        return 3198
    elif x == 3199:
        return 3199
    elif x == 3200:
        return 3200
    elif x == 3201:
        return 3201
    elif x == 3202:
        return 3202
    elif x == 3203:
        return 3203
    elif x == 3204:
        return 3204
    elif x == 3205:
        return 3205
    elif x == 3206:
        return 3206
    elif x == 3207:
        return 3207
    elif x == 3208:
        return 3208
    elif x == 3209:
        return 3209
    elif x == 3210:
        return 3210
    elif x == 3211:
        return 3211
    elif x == 3212:
        return 3212
    elif x == 3213:
        return 3213
    elif x == 3214:
        return 3214
    elif x == 3215:
        return 3215
    elif x == 3216:
        return 3216
    elif x == 3217:
        return 3217
    elif x == 3218:
        return 3218
    elif x == 3219:
        return 3219
    elif x == 3220:
        return 3220
    elif x == 3221:
        return 3221
    elif x == 3222:
        return 3222
    elif x == 3223:
        return 3223
    elif x == 3224:
        return 3224
    elif x == 3225:
        return 3225
    elif x == 3226:
        return 3226
    elif x == 3227:
        return 3227
    elif x == 3228:
        return 3228
    elif x == 3229:
        return 3229
    elif x == 3230:
        return 3230
    elif x == 3231:
        return 3231
    elif x == 3232:
        return 3232
    elif x == 3233:
        return 3233
    elif x == 3234:
        return 3234
    elif x == 3235:
        return 3235
    elif x == 3236:
        return 3236
    elif x == 3237:
        return 3237
    elif x == 3238:
        return 3238
    elif x == 3239:
        return 3239
    elif x == 3240:
        return 3240
    elif x == 3241:
        return 3241
    elif x == 3242:
        return 3242
    elif x == 3243:
        return 3243
    elif x == 3244:
        return 3244
    elif x == 3245:
        return 3245
    elif x == 3246:
        return 3246
    elif x == 3247:
        return 3247
    elif x == 3248:
        return 3248
    elif x == 3249:
        return 3249
    elif x == 3250:
        return 3250
    elif x == 3251:
        return 3251
    elif x == 3252:
        return 3252
    elif x == 3253:
        return 3253
    elif x == 3254:
        return 3254
    elif x == 3255:
        return 3255
    elif x == 3256:
        return 3256
    elif x == 3257:
        return 3257
    elif x == 3258:
        return 3258
    elif x == 3259:
        return 3259
    elif x == 3260:
        return 3260
    elif x == 3261:
        return 3261
    elif x == 3262:
        return 3262
    elif x == 3263:
        return 3263
    elif x == 3264:
        return 3264
    elif x == 3265:
        return 3265
    elif x == 3266:
        return 3266
    elif x == 3267:
        return 3267
    elif x == 3268:
        return 3268
    elif x == 3269:
        return 3269
    elif x == 3270:
        return 3270
    elif x == 3271:
        return 3271
    elif x == 3272:
        return 3272
    elif x == 3273:
        return 3273
    elif x == 3274:
        return 3274
    elif x == 3275:
        return 3275
    elif x == 3276:
        return 3276
    elif x == 3277:
        return 3277
    elif x == 3278:
        return 3278
    elif x == 3279:
        return 3279
    elif x == 3280:
        return 3280
    elif x == 3281:
        return 3281
    elif x == 3282:
        return 3282
    elif x == 3283:
        return 3283
    elif x == 3284:
        return 3284
    elif x == 3285:
        return 3285
    elif x == 3286:
        return 3286
    elif x == 3287:
        return 3287
    elif x == 3288:
        return 3288
    elif x == 3289:
        return 3289
    elif x == 3290:
        return 3290
    elif x == 3291:
        return 3291
    elif x == 3292:
        return 3292
    elif x == 3293:
        return 3293
    elif x == 3294:
        return 3294
    elif x == 3295:
        return 3295
    elif x == 3296:
        return 3296
    elif x == 3297:
        return 3297
    elif x == 3298:
        return 3298
    elif x == 3299:
        return 3299
    elif x == 3300:
        return 3300
    elif x == 3301:
        return 3301
    elif x == 3302:
        return 3302
    elif x == 3303:
        return 3303
    elif x == 3304:
        return 3304
    elif x == 3305:
        return 3305
    elif x == 3306:
        return 3306
    elif x == 3307:
        return 3307
    elif x == 3308:
        return 3308
    elif x == 3309:
        return 3309
    elif x == 3310:
        return 3310
    elif x == 3311:
        return 3311
    elif x == 3312:
        return 3312
    elif x == 3313:
        return 3313
    elif x == 3314:
        return 3314
    elif x == 3315:
        return 3315
    elif x == 3316:
        return 3316
    elif x == 3317:
        return 3317
    elif x == 3318:
        return 3318
    elif x == 3319:
        return 3319
    elif x == 3320:
        return 3320
    elif x == 3321:
        return 3321
    elif x == 3322:
        return 3322
    elif x == 3323:
        return 3323
    elif x == 3324:
        return 3324
    elif x == 3325:
        return 3325
    elif x == 3326:
        return 3326
    elif x == 3327:
        return 3327
    elif x == 3328:
        return 3328
    elif x == 3329:
        return 3329
    elif x == 3330:
        return 3330
    elif x == 3331:
        return 3331
    elif x == 3332:
        return 3332
    elif x == 3333:
        return 3333
    elif x == 3334:
        return 3334
    elif x == 3335:
        return 3335
    elif x == 3336:
        return 3336
    elif x == 3337:
        return 3337
    elif x == 3338:
        return 3338
    elif x == 3339:
        return 3339
    elif x == 3340:
        return 3340
    elif x == 3341:
        return 3341
    elif x == 3342:
        return 3342
    elif x == 3343:
        return 3343
    elif x == 3344:
        return 3344
    elif x == 3345:
        return 3345
    elif x == 3346:
        return 3346
    elif x == 3347:
        return 3347
    elif x == 3348:
        return 3348
    elif x == 3349:
        return 3349
    elif x == 3350:
        return 3350
    elif x == 3351:
        return 3351
    elif x == 3352:
        return 3352
    elif x == 3353:
        return 3353
    elif x == 3354:
        return 3354
    elif x == 3355:
        return 3355
    elif x == 3356:
        return 3356
    elif x == 3357:
        return 3357
    elif x == 3358:
        return 3358
    elif x == 3359:
        return 3359
    elif x == 3360:
        return 3360
    elif x == 3361:
        return 3361
    elif x == 3362:
        return 3362
    elif x == 3363:
        return 3363
    elif x == 3364:
        return 3364
    elif x == 3365:
        return 3365
    elif x == 3366:
        return 3366
    elif x == 3367:
        return 3367
    elif x == 3368:
        return 3368
    elif x == 3369:
        return 3369
    elif x == 3370:
        return 3370
    elif x == 3371:
        return 3371
    elif x == 3372:
        return 3372
    elif x == 3373:
        return 3373
    elif x == 3374:
        return 3374
    elif x == 3375:
        return 3375
    elif x == 3376:
        return 3376
    elif x == 3377:
        return 3377
    elif x == 3378:
        return 3378
    elif x == 3379:
        return 3379
    elif x == 3380:
        return 3380
    elif x == 3381:
        return 3381
    elif x == 3382:
        return 3382
    elif x == 3383:
        return 3383
    elif x == 3384:
        return 3384
    elif x == 3385:
        return 3385
    elif x == 3386:
        return 3386
    elif x == 3387:
        return 3387
    elif x == 3388:
        return 3388
    elif x == 3389:
        return 3389
    elif x == 3390:
        return 3390
    elif x == 3391:
        return 3391
    elif x == 3392:
        return 3392
    elif x == 3393:
        return 3393
    elif x == 3394:
        return 3394
    elif x == 3395:
        return 3395
    elif x == 3396:
        return 3396
    elif x == 3397:
        return 3397
    elif x == 3398:
        return 3398
    elif x == 3399:
        return 3399
    elif x == 3400:
        return 3400
    elif x == 3401:
        return 3401
    elif x == 3402:
        return 3402
    elif x == 3403:
        return 3403
    elif x == 3404:
        return 3404
    elif x == 3405:
        return 3405
    elif x == 3406:
        return 3406
    elif x == 3407:
        return 3407
    elif x == 3408:
        return 3408
    elif x == 3409:
        return 3409
    elif x == 3410:
        return 3410
    elif x == 3411:
        return 3411
    elif x == 3412:
        return 3412
    elif x == 3413:
        return 3413
    elif x == 3414:
        return 3414
    elif x == 3415:
        return 3415
    elif x == 3416:
        return 3416
    elif x == 3417:
        return 3417
    elif x == 3418:
        return 3418
    elif x == 3419:
        return 3419
    elif x == 3420:
        return 3420
    elif x == 3421:
        return 3421
    elif x == 3422:
        return 3422
    elif x == 3423:
        return 3423
    elif x == 3424:
        return 3424
    elif x == 3425:
        return 3425
    elif x == 3426:
        return 3426
    elif x == 3427:
        return 3427
    elif x == 3428:
        return 3428
    elif x == 3429:
        return 3429
    elif x == 3430:
        return 3430
    elif x == 3431:
        return 3431
    elif x == 3432:
        return 3432
    elif x == 3433:
        return 3433
    elif x == 3434:
        return 3434
    elif x == 3435:
        return 3435
    elif x == 3436:
        return 3436
    elif x == 3437:
        return 3437
    elif x == 3438:
        return 3438
    elif x == 3439:
        return 3439
    elif x == 3440:
        return 3440
    elif x == 3441:
        return 3441
    elif x == 3442:
        return 3442
    elif x == 3443:
        return 3443
    elif x == 3444:
        return 3444
    elif x == 3445:
        return 3445
    elif x == 3446:
        return 3446
    elif x == 3447:
        return 3447
    elif x == 3448:
        return 3448
    elif x == 3449:
        return 3449
    elif x == 3450:
        return 3450
    elif x == 3451:
        return 3451
    elif x == 3452:
        return 3452
    elif x == 3453:
        return 3453
    elif x == 3454:
        return 3454
    elif x == 3455:
        return 3455
    elif x == 3456:
        return 3456
    elif x == 3457:
        return 3457
    elif x == 3458:
        return 3458
    elif x == 3459:
        return 3459
    elif x == 3460:
        return 3460
    elif x == 3461:
        return 3461
    elif x == 3462:
        return 3462
    elif x == 3463:
        return 3463
    elif x == 3464:
        return 3464
    elif x == 3465:
        return 3465
    elif x == 3466:
        return 3466
    elif x == 3467:
        return 3467
    elif x == 3468:
        return 3468
    elif x == 3469:
        return 3469
    elif x == 3470:
        return 3470
    elif x == 3471:
        return 3471
    elif x == 3472:
        return 3472
    elif x == 3473:
        return 3473
    elif x == 3474:
        return 3474
    elif x == 3475:
        return 3475
    elif x == 3476:
        return 3476
    elif x == 3477:
        return 3477
    elif x == 3478:
        return 3478
    elif x == 3479:
        return 3479
    elif x == 3480:
        return 3480
    elif x == 3481:
        return 3481
    elif x == 3482:
        return 3482
    elif x == 3483:
        return 3483
    elif x == 3484:
        return 3484
    elif x == 3485:
        return 3485
    elif x == 3486:
        return 3486
    elif x == 3487:
        return 3487
    elif x == 3488:
        return 3488
    elif x == 3489:
        return 3489
    elif x == 3490:
        return 3490
    elif x == 3491:
        return 3491
    elif x == 3492:
        return 3492
    elif x == 3493:
        return 3493
    elif x == 3494:
        return 3494
    elif x == 3495:
        return 3495
    elif x == 3496:
        return 3496
    elif x == 3497:
        return 3497
    elif x == 3498:
        return 3498
    elif x == 3499:
        return 3499
    elif x == 3500:
        return 3500
    elif x == 3501:
        return 3501
    elif x == 3502:
        return 3502
    elif x == 3503:
        return 3503
    elif x == 3504:
        return 3504
    elif x == 3505:
        return 3505
    elif x == 3506:
        return 3506
    elif x == 3507:
        return 3507
    elif x == 3508:
        return 3508
    elif x == 3509:
        return 3509
    elif x == 3510:
        return 3510
    elif x == 3511:
        return 3511
    elif x == 3512:
        return 3512
    elif x == 3513:
        return 3513
    elif x == 3514:
        return 3514
    elif x == 3515:
        return 3515
    elif x == 3516:
        return 3516
    elif x == 3517:
        return 3517
    elif x == 3518:
        return 3518
    elif x == 3519:
        return 3519
    elif x == 3520:
        return 3520
    elif x == 3521:
        return 3521
    elif x == 3522:
        return 3522
    elif x == 3523:
        return 3523
    elif x == 3524:
        return 3524
    elif x == 3525:
        return 3525
    elif x == 3526:
        return 3526
    elif x == 3527:
        return 3527
    elif x == 3528:
        return 3528
    elif x == 3529:
        return 3529
    elif x == 3530:
        return 3530
    elif x == 3531:
        return 3531
    elif x == 3532:
        return 3532
    elif x == 3533:
        return 3533
    elif x == 3534:
        return 3534
    elif x == 3535:
        return 3535
    elif x == 3536:
        return 3536
    elif x == 3537:
        return 3537
    elif x == 3538:
        return 3538
    elif x == 3539:
        return 3539
    elif x == 3540:
        return 3540
    elif x == 3541:
        return 3541
    elif x == 3542:
        return 3542
    elif x == 3543:
        return 3543
    elif x == 3544:
        return 3544
    elif x == 3545:
        return 3545
    elif x == 3546:
        return 3546
    elif x == 3547:
        return 3547
    elif x == 3548:
        return 3548
    elif x == 3549:
        return 3549
    elif x == 3550:
        return 3550
    elif x == 3551:
        return 3551
    elif x == 3552:
        return 3552
    elif x == 3553:
        return 3553
    elif x == 3554:
        return 3554
    elif x == 3555:
        return 3555
    elif x == 3556:
        return 3556
    elif x == 3557:
        return 3557
    elif x == 3558:
        return 3558
    elif x == 3559:
        return 3559
    elif x == 3560:
        return 3560
    elif x == 3561:
        return 3561
    elif x == 3562:
        return 3562
    elif x == 3563:
        return 3563
    elif x == 3564:
        return 3564
    elif x == 3565:
        return 3565
    elif x == 3566:
        return 3566
    elif x == 3567:
        return 3567
    elif x == 3568:
        return 3568
    elif x == 3569:
        return 3569
    elif x == 3570:
        return 3570
    elif x == 3571:
        return 3571
    elif x == 3572:
        return 3572
    elif x == 3573:
        return 3573
    elif x == 3574:
        return 3574
    elif x == 3575:
        return 3575
    elif x == 3576:
        return 3576
    elif x == 3577:
        return 3577
    elif x == 3578:
        return 3578
    elif x == 3579:
        return 3579
    elif x == 3580:
        return 3580
    elif x == 3581:
        return 3581
    elif x == 3582:
        return 3582
    elif x == 3583:
        return 3583
    elif x == 3584:
        return 3584
    elif x == 3585:
        return 3585
    elif x == 3586:
        return 3586
    elif x == 3587:
        return 3587
    elif x == 3588:
        return 3588
    elif x == 3589:
        return 3589
    elif x == 3590:
        return 3590
    elif x == 3591:
        return 3591
    elif x == 3592:
        return 3592
    elif x == 3593:
        return 3593
    elif x == 3594:
        return 3594
    elif x == 3595:
        return 3595
    elif x == 3596:
        return 3596
    elif x == 3597:
        return 3597
    elif x == 3598:
        return 3598
    elif x == 3599:
        return 3599
    elif x == 3600:
        return 3600
    elif x == 3601:
        return 3601
    elif x == 3602:
        return 3602
    elif x == 3603:
        return 3603
    elif x == 3604:
        return 3604
    elif x == 3605:
        return 3605
    elif x == 3606:
        return 3606
    elif x == 3607:
        return 3607
    elif x == 3608:
        return 3608
    elif x == 3609:
        return 3609
    elif x == 3610:
        return 3610
    elif x == 3611:
        return 3611
    elif x == 3612:
        return 3612
    elif x == 3613:
        return 3613
    elif x == 3614:
        return 3614
    elif x == 3615:
        return 3615
    elif x == 3616:
        return 3616
    elif x == 3617:
        return 3617
    elif x == 3618:
        return 3618
    elif x == 3619:
        return 3619
    elif x == 3620:
        return 3620
    elif x == 3621:
        return 3621
    elif x == 3622:
        return 3622
    elif x == 3623:
        return 3623
    elif x == 3624:
        return 3624
    elif x == 3625:
        return 3625
    elif x == 3626:
        return 3626
    elif x == 3627:
        return 3627
    elif x == 3628:
        return 3628
    elif x == 3629:
        return 3629
    elif x == 3630:
        return 3630
    elif x == 3631:
        return 3631
    elif x == 3632:
        return 3632
    elif x == 3633:
        return 3633
    elif x == 3634:
        return 3634
    elif x == 3635:
        return 3635
    elif x == 3636:
        return 3636
    elif x == 3637:
        return 3637
    elif x == 3638:
        return 3638
    elif x == 3639:
        return 3639
    elif x == 3640:
        return 3640
    elif x == 3641:
        return 3641
    elif x == 3642:
        return 3642
    elif x == 3643:
        return 3643
    elif x == 3644:
        return 3644
    elif x == 3645:
        return 3645
    elif x == 3646:
        return 3646
    elif x == 3647:
        return 3647
    elif x == 3648:
        return 3648
    elif x == 3649:
        return 3649
    elif x == 3650:
        return 3650
    elif x == 3651:
        return 3651
    elif x == 3652:
        return 3652
    elif x == 3653:
        return 3653
    elif x == 3654:
        return 3654
    elif x == 3655:
        return 3655
    elif x == 3656:
        return 3656
    elif x == 3657:
        return 3657
    elif x == 3658:
        return 3658
    elif x == 3659:
        return 3659
    elif x == 3660:
        return 3660
    elif x == 3661:
        return 3661
    elif x == 3662:
        return 3662
    elif x == 3663:
        return 3663
    elif x == 3664:
        return 3664
    elif x == 3665:
        return 3665
    elif x == 3666:
        return 3666
    elif x == 3667:
        return 3667
    elif x == 3668:
        return 3668
    elif x == 3669:
        return 3669
    elif x == 3670:
        return 3670
    elif x == 3671:
        return 3671
    elif x == 3672:
        return 3672
    elif x == 3673:
        return 3673
    elif x == 3674:
        return 3674
    elif x == 3675:
        return 3675
    elif x == 3676:
        return 3676
    elif x == 3677:
        return 3677
    elif x == 3678:
        return 3678
    elif x == 3679:
        return 3679
    elif x == 3680:
        return 3680
    elif x == 3681:
        return 3681
    elif x == 3682:
        return 3682
    elif x == 3683:
        return 3683
    elif x == 3684:
        return 3684
    elif x == 3685:
        return 3685
    elif x == 3686:
        return 3686
    elif x == 3687:
        return 3687
    elif x == 3688:
        return 3688
    elif x == 3689:
        return 3689
    elif x == 3690:
        return 3690
    elif x == 3691:
        return 3691
    elif x == 3692:
        return 3692
    elif x == 3693:
        return 3693
    elif x == 3694:
        return 3694
    elif x == 3695:
        return 3695
    elif x == 3696:
        return 3696
    elif x == 3697:
        return 3697
    elif x == 3698:
        return 3698
    elif x == 3699:
        return 3699
    elif x == 3700:
        return 3700
    elif x == 3701:
        return 3701
    elif x == 3702:
        return 3702
    elif x == 3703:
        return 3703
    elif x == 3704:
        return 3704
    elif x == 3705:
        return 3705
    elif x == 3706:
        return 3706
    elif x == 3707:
        return 3707
    elif x == 3708:
        return 3708
    elif x == 3709:
        return 3709
    elif x == 3710:
        return 3710
    elif x == 3711:
        return 3711
    elif x == 3712:
        return 3712
    elif x == 3713:
        return 3713
    elif x == 3714:
        return 3714
    elif x == 3715:
        return 3715
    elif x == 3716:
        return 3716
    elif x == 3717:
        return 3717
    elif x == 3718:
        return 3718
    elif x == 3719:
        return 3719
    elif x == 3720:
        return 3720
    elif x == 3721:
        return 3721
    elif x == 3722:
        return 3722
    elif x == 3723:
        return 3723
    elif x == 3724:
        return 3724
    elif x == 3725:
        return 3725
    elif x == 3726:
        return 3726
    elif x == 3727:
        return 3727
    elif x == 3728:
        return 3728
    elif x == 3729:
        return 3729
    elif x == 3730:
        return 3730
    elif x == 3731:
        return 3731
    elif x == 3732:
        return 3732
    elif x == 3733:
        return 3733
    elif x == 3734:
        return 3734
    elif x == 3735:
        return 3735
    elif x == 3736:
        return 3736
    elif x == 3737:
        return 3737
    elif x == 3738:
        return 3738
    elif x == 3739:
        return 3739
    elif x == 3740:
        return 3740
    elif x == 3741:
        return 3741
    elif x == 3742:
        return 3742
    elif x == 3743:
        return 3743
    elif x == 3744:
        return 3744
    elif x == 3745:
        return 3745
    elif x == 3746:
        return 3746
    elif x == 3747:
        return 3747
    elif x == 3748:
        return 3748
    elif x == 3749:
        return 3749
    elif x == 3750:
        return 3750
    elif x == 3751:
        return 3751
    elif x == 3752:
        return 3752
    elif x == 3753:
        return 3753
    elif x == 3754:
        return 3754
    elif x == 3755:
        return 3755
    elif x == 3756:
        return 3756
    elif x == 3757:
        return 3757
    elif x == 3758:
        return 3758
    elif x == 3759:
        return 3759
    elif x == 3760:
        return 3760
    elif x == 3761:
        return 3761
    elif x == 3762:
        return 3762
    elif x == 3763:
        return 3763
    elif x == 3764:
        return 3764
    elif x == 3765:
        return 3765
    elif x == 3766:
        return 3766
    elif x == 3767:
        return 3767
    elif x == 3768:
        return 3768
    elif x == 3769:
        return 3769
    elif x == 3770:
        return 3770
    elif x == 3771:
        return 3771
    elif x == 3772:
        return 3772
    elif x == 3773:
        return 3773
    elif x == 3774:
        return 3774
    elif x == 3775:
        return 3775
    elif x == 3776:
        return 3776
    elif x == 3777:
        return 3777
    elif x == 3778:
        return 3778
    elif x == 3779:
        return 3779
    elif x == 3780:
        return 3780
    elif x == 3781:
        return 3781
    elif x == 3782:
        return 3782
    elif x == 3783:
        return 3783
    elif x == 3784:
        return 3784
    elif x == 3785:
        return 3785
    elif x == 3786:
        return 3786
    elif x == 3787:
        return 3787
    elif x == 3788:
        return 3788
    elif x == 3789:
        return 3789
    elif x == 3790:
        return 3790
    elif x == 3791:
        return 3791
    elif x == 3792:
        return 3792
    elif x == 3793:
        return 3793
    elif x == 3794:
        return 3794
    elif x == 3795:
        return 3795
    elif x == 3796:
        return 3796
    elif x == 3797:
        return 3797
    elif x == 3798:
        return 3798
    elif x == 3799:
        return 3799
    elif x == 3800:
        return 3800
    elif x == 3801:
        return 3801
    elif x == 3802:
        return 3802
    elif x == 3803:
        return 3803
    elif x == 3804:
        return 3804
    elif x == 3805:
        return 3805
    elif x == 3806:
        return 3806
    elif x == 3807:
        return 3807
    elif x == 3808:
        return 3808
    elif x == 3809:
        return 3809
    elif x == 3810:
        return 3810
    elif x == 3811:
        return 3811
    elif x == 3812:
        return 3812
    elif x == 3813:
        return 3813
    elif x == 3814:
        return 3814
    elif x == 3815:
        return 3815
    elif x == 3816:
        return 3816
    elif x == 3817:
        return 3817
    elif x == 3818:
        return 3818
    elif x == 3819:
        return 3819
    elif x == 3820:
        return 3820
    elif x == 3821:
        return 3821
    elif x == 3822:
        return 3822
    elif x == 3823:
        return 3823
    elif x == 3824:
        return 3824
    elif x == 3825:
        return 3825
    elif x == 3826:
        return 3826
    elif x == 3827:
        return 3827
    elif x == 3828:
        return 3828
    elif x == 3829:
        return 3829
    elif x == 3830:
        return 3830
    elif x == 3831:
        return 3831
    elif x == 3832:
        return 3832
    elif x == 3833:
        return 3833
    elif x == 3834:
        return 3834
    elif x == 3835:
        return 3835
    elif x == 3836:
        return 3836
    elif x == 3837:
        return 3837
    elif x == 3838:
        return 3838
    elif x == 3839:
        return 3839
    elif x == 3840:
        return 3840
    elif x == 3841:
        return 3841
    elif x == 3842:
        return 3842
    elif x == 3843:
        return 3843
    elif x == 3844:
        return 3844
    elif x == 3845:
        return 3845
    elif x == 3846:
        return 3846
    elif x == 3847:
        return 3847
    elif x == 3848:
        return 3848
    elif x == 3849:
        return 3849
    elif x == 3850:
        return 3850
    elif x == 3851:
        return 3851
    elif x == 3852:
        return 3852
    elif x == 3853:
        return 3853
    elif x == 3854:
        return 3854
    elif x == 3855:
        return 3855
    elif x == 3856:
        return 3856
    elif x == 3857:
        return 3857
    elif x == 3858:
        return 3858
    elif x == 3859:
        return 3859
    elif x == 3860:
        return 3860
    elif x == 3861:
        return 3861
    elif x == 3862:
        return 3862
    elif x == 3863:
        return 3863
    elif x == 3864:
        return 3864
    elif x == 3865:
        return 3865
    elif x == 3866:
        return 3866
    elif x == 3867:
        return 3867
    elif x == 3868:
        return 3868
    elif x == 3869:
        return 3869
    elif x == 3870:
        return 3870
    elif x == 3871:
        return 3871
    elif x == 3872:
        return 3872
    elif x == 3873:
        return 3873
    elif x == 3874:
        return 3874
    elif x == 3875:
        return 3875
    elif x == 3876:
        return 3876
    elif x == 3877:
        return 3877
    elif x == 3878:
        return 3878
    elif x == 3879:
        return 3879
    elif x == 3880:
        return 3880
    elif x == 3881:
        return 3881
    elif x == 3882:
        return 3882
    elif x == 3883:
        return 3883
    elif x == 3884:
        return 3884
    elif x == 3885:
        return 3885
    elif x == 3886:
        return 3886
    elif x == 3887:
        return 3887
    elif x == 3888:
        return 3888
    elif x == 3889:
        return 3889
    elif x == 3890:
        return 3890
    elif x == 3891:
        return 3891
    elif x == 3892:
        return 3892
    elif x == 3893:
        return 3893
    elif x == 3894:
        return 3894
    elif x == 3895:
        return 3895
    elif x == 3896:
        return 3896
    elif x == 3897:
        return 3897
    elif x == 3898:
        return 3898
    elif x == 3899:
        return 3899
    elif x == 3900:
        return 3900
    elif x == 3901:
        return 3901
    elif x == 3902:
        return 3902
    elif x == 3903:
        return 3903
    elif x == 3904:
        return 3904
    elif x == 3905:
        return 3905
    elif x == 3906:
        return 3906
    elif x == 3907:
        return 3907
    elif x == 3908:
        return 3908
    elif x == 3909:
        return 3909
    elif x == 3910:
        return 3910
    elif x == 3911:
        return 3911
    elif x == 3912:
        return 3912
    elif x == 3913:
        return 3913
    elif x == 3914:
        return 3914
    elif x == 3915:
        return 3915
    elif x == 3916:
        return 3916
    elif x == 3917:
        return 3917
    elif x == 3918:
        return 3918
    elif x == 3919:
        return 3919
    elif x == 3920:
        return 3920
    elif x == 3921:
        return 3921
    elif x == 3922:
        return 3922
    elif x == 3923:
        return 3923
    elif x == 3924:
        return 3924
    elif x == 3925:
        return 3925
    elif x == 3926:
        return 3926
    elif x == 3927:
        return 3927
    elif x == 3928:
        return 3928
    elif x == 3929:
        return 3929
    elif x == 3930:
        return 3930
    elif x == 3931:
        return 3931
    elif x == 3932:
        return 3932
    elif x == 3933:
        return 3933
    elif x == 3934:
        return 3934
    elif x == 3935:
        return 3935
    elif x == 3936:
        return 3936
    elif x == 3937:
        return 3937
    elif x == 3938:
        return 3938
    elif x == 3939:
        return 3939
    elif x == 3940:
        return 3940
    elif x == 3941:
        return 3941
    elif x == 3942:
        return 3942
    elif x == 3943:
        return 3943
    elif x == 3944:
        return 3944
    elif x == 3945:
        return 3945
    elif x == 3946:
        return 3946
    elif x == 3947:
        return 3947
    elif x == 3948:
        return 3948
    elif x == 3949:
        return 3949
    elif x == 3950:
        return 3950
    elif x == 3951:
        return 3951
    elif x == 3952:
        return 3952
    elif x == 3953:
        return 3953
    elif x == 3954:
        return 3954
    elif x == 3955:
        return 3955
    elif x == 3956:
        return 3956
    elif x == 3957:
        return 3957
    elif x == 3958:
        return 3958
    elif x == 3959:
        return 3959
    elif x == 3960:
        return 3960
    elif x == 3961:
        return 3961
    elif x == 3962:
        return 3962
    elif x == 3963:
        return 3963
    elif x == 3964:
        return 3964
    elif x == 3965:
        return 3965
    elif x == 3966:
        return 3966
    elif x == 3967:
        return 3967
    elif x == 3968:
        return 3968
    elif x == 3969:
        return 3969
    elif x == 3970:
        return 3970
    elif x == 3971:
        return 3971
    elif x == 3972:
        return 3972
    elif x == 3973:
        return 3973
    elif x == 3974:
        return 3974
    elif x == 3975:
        return 3975
    elif x == 3976:
        return 3976
    elif x == 3977:
        return 3977
    elif x == 3978:
        return 3978
    elif x == 3979:
        return 3979
    elif x == 3980:
        return 3980
    elif x == 3981:
        return 3981
    elif x == 3982:
        return 3982
    elif x == 3983:
        return 3983
    elif x == 3984:
        return 3984
    elif x == 3985:
        return 3985
    elif x == 3986:
        return 3986
    elif x == 3987:
        return 3987
    elif x == 3988:
        return 3988
    elif x == 3989:
        return 3989
    elif x == 3990:
        return 3990
    elif x == 3991:
        return 3991
    elif x == 3992:
        return 3992
    elif x == 3993:
        return 3993
    elif x == 3994:
        return 3994
    elif x == 3995:
        return 3995
    elif x == 3996:
        return 3996
    elif x == 3997:
        return 3997
    elif x == 3998:
        return 3998
    elif x == 3999:
        return 3999
    elif x == 4000:
        return 4000
    elif x == 4001:
        return 4001
    elif x == 4002:
        return 4002
    elif x == 4003:
        return 4003
    elif x == 4004:
        return 4004
    elif x == 4005:
        return 4005
    elif x == 4006:
        return 4006
    elif x == 4007:
        return 4007
    elif x == 4008:
        return 4008
    elif x == 4009:
        return 4009
    elif x == 4010:
        return 4010
    elif x == 4011:
        return 4011
    elif x == 4012:
        return 4012
    elif x == 4013:
        return 4013
    elif x == 4014:
        return 4014
    elif x == 4015:
        return 4015
    elif x == 4016:
        return 4016
    elif x == 4017:
        return 4017
    elif x == 4018:
        return 4018
    elif x == 4019:
        return 4019
    elif x == 4020:
        return 4020
    elif x == 4021:
        return 4021
    elif x == 4022:
        return 4022
    elif x == 4023:
        return 4023
    elif x == 4024:
        return 4024
    elif x == 4025:
        return 4025
    elif x == 4026:
        return 4026
    elif x == 4027:
        return 4027
    elif x == 4028:
        return 4028
    elif x == 4029:
        return 4029
    elif x == 4030:
        return 4030
    elif x == 4031:
        return 4031
    elif x == 4032:
        return 4032
    elif x == 4033:
        return 4033
    elif x == 4034:
        return 4034
    elif x == 4035:
        return 4035
    elif x == 4036:
        return 4036
    elif x == 4037:
        return 4037
    elif x == 4038:
        return 4038
    elif x == 4039:
        return 4039
    elif x == 4040:
        return 4040
    elif x == 4041:
        return 4041
    elif x == 4042:
        return 4042
    elif x == 4043:
        return 4043
    elif x == 4044:
        return 4044
    elif x == 4045:
        return 4045
    elif x == 4046:
        return 4046
    elif x == 4047:
        return 4047
    elif x == 4048:
        return 4048
    elif x == 4049:
        return 4049
    elif x == 4050:
        return 4050
    elif x == 4051:
        return 4051
    elif x == 4052:
        return 4052
    elif x == 4053:
        return 4053
    elif x == 4054:
        return 4054
    elif x == 4055:
        return 4055
    elif x == 4056:
        return 4056
    elif x == 4057:
        return 4057
    elif x == 4058:
        return 4058
    elif x == 4059:
        return 4059
    elif x == 4060:
        return 4060
    elif x == 4061:
        return 4061
    elif x == 4062:
        return 4062
    elif x == 4063:
        return 4063
    elif x == 4064:
        return 4064
    elif x == 4065:
        return 4065
    elif x == 4066:
        return 4066
    elif x == 4067:
        return 4067
    elif x == 4068:
        return 4068
    elif x == 4069:
        return 4069
    elif x == 4070:
        return 4070
    elif x == 4071:
        return 4071
    elif x == 4072:
        return 4072
    elif x == 4073:
        return 4073
    elif x == 4074:
        return 4074
    elif x == 4075:
        return 4075
    elif x == 4076:
        return 4076
    elif x == 4077:
        return 4077
    elif x == 4078:
        return 4078
    elif x == 4079:
        return 4079
    elif x == 4080:
        return 4080
    elif x == 4081:
        return 4081
    elif x == 4082:
        return 4082
    elif x == 4083:
        return 4083
    elif x == 4084:
        return 4084
    elif x == 4085:
        return 4085
    elif x == 4086:
        return 4086
    elif x == 4087:
        return 4087
    elif x == 4088:
        return 4088
    elif x == 4089:
        return 4089
    elif x == 4090:
        return 4090
    elif x == 4091:
        return 4091
    elif x == 4092:
        return 4092
    elif x == 4093:
        return 4093
    elif x == 4094:
        return 4094
    elif x == 4095:
        return 4095
    elif x == 4096:
        return 4096
    elif x == 4097:
        return 4097
    elif x == 4098:
        return 4098
    elif x == 4099:
        return 4099
    elif x == 4100:
        return 4100
    elif x == 4101:
        return 4101
    elif x == 4102:
        return 4102
    elif x == 4103:
        return 4103
    elif x == 4104:
        return 4104
    elif x == 4105:
        return 4105
    elif x == 4106:
        return 4106
    elif x == 4107:
        return 4107
    elif x == 4108:
        return 4108
    elif x == 4109:
        return 4109
    elif x == 4110:
        return 4110
    elif x == 4111:
        return 4111
    elif x == 4112:
        return 4112
    elif x == 4113:
        return 4113
    elif x == 4114:
        return 4114
    elif x == 4115:
        return 4115
    elif x == 4116:
        return 4116
    elif x == 4117:
        return 4117
    elif x == 4118:
        return 4118
    elif x == 4119:
        return 4119
    elif x == 4120:
        return 4120
    elif x == 4121:
        return 4121
    elif x == 4122:
        return 4122
    elif x == 4123:
        return 4123
    elif x == 4124:
        return 4124
    elif x == 4125:
        return 4125
    elif x == 4126:
        return 4126
    elif x == 4127:
        return 4127
    elif x == 4128:
        return 4128
    elif x == 4129:
        return 4129
    elif x == 4130:
        return 4130
    elif x == 4131:
        return 4131
    elif x == 4132:
        return 4132
    elif x == 4133:
        return 4133
    elif x == 4134:
        return 4134
    elif x == 4135:
        return 4135
    elif x == 4136:
        return 4136
    elif x == 4137:
        return 4137
    elif x == 4138:
        return 4138
    elif x == 4139:
        return 4139
    elif x == 4140:
        return 4140
    elif x == 4141:
        return 4141
    elif x == 4142:
        return 4142
    elif x == 4143:
        return 4143
    elif x == 4144:
        return 4144
    elif x == 4145:
        return 4145
    elif x == 4146:
        return 4146
    elif x == 4147:
        return 4147
    elif x == 4148:
        return 4148
    elif x == 4149:
        return 4149
    elif x == 4150:
        return 4150
    elif x == 4151:
        return 4151
    elif x == 4152:
        return 4152
    elif x == 4153:
        return 4153
    elif x == 4154:
        return 4154
    elif x == 4155:
        return 4155
    elif x == 4156:
        return 4156
    elif x == 4157:
        return 4157
    elif x == 4158:
        return 4158
    elif x == 4159:
        return 4159
    elif x == 4160:
        return 4160
    elif x == 4161:
        return 4161
    elif x == 4162:
        return 4162
    elif x == 4163:
        return 4163
    elif x == 4164:
        return 4164
    elif x == 4165:
        return 4165
    elif x == 4166:
        return 4166
    elif x == 4167:
        return 4167
    elif x == 4168:
        return 4168
    elif x == 4169:
        return 4169
    elif x == 4170:
        return 4170
    elif x == 4171:
        return 4171
    elif x == 4172:
        return 4172
    elif x == 4173:
        return 4173
    elif x == 4174:
        return 4174
    elif x == 4175:
        return 4175
    elif x == 4176:
        return 4176
    elif x == 4177:
        return 4177
    elif x == 4178:
        return 4178
    elif x == 4179:
        return 4179
    elif x == 4180:
        return 4180
    elif x == 4181:
        return 4181
    elif x == 4182:
        return 4182
    elif x == 4183:
        return 4183
    elif x == 4184:
        return 4184
    elif x == 4185:
        return 4185
    elif x == 4186:
        return 4186
    elif x == 4187:
        return 4187
    elif x == 4188:
        return 4188
    elif x == 4189:
        return 4189
    elif x == 4190:
        return 4190
    elif x == 4191:
        return 4191
    elif x == 4192:
        return 4192
    elif x == 4193:
        return 4193
    elif x == 4194:
        return 4194
    elif x == 4195:
        return 4195
    elif x == 4196:
        return 4196
    elif x == 4197:
        return 4197
    elif x == 4198:
        return 4198
    elif x == 4199:
        return 4199
    elif x == 4200:
        return 4200
    elif x == 4201:
        return 4201
    elif x == 4202:
        return 4202
    elif x == 4203:
        return 4203
    elif x == 4204:
        return 4204
    elif x == 4205:
        return 4205
    elif x == 4206:
        return 4206
    elif x == 4207:
        return 4207
    elif x == 4208:
        return 4208
    elif x == 4209:
        return 4209
    elif x == 4210:
        return 4210
    elif x == 4211:
        return 4211
    elif x == 4212:
        return 4212
    elif x == 4213:
        return 4213
    elif x == 4214:
        return 4214
    elif x == 4215:
        return 4215
    elif x == 4216:
        return 4216
    elif x == 4217:
        return 4217
    elif x == 4218:
        return 4218
    elif x == 4219:
        return 4219
    elif x == 4220:
        return 4220
    elif x == 4221:
        return 4221
    elif x == 4222:
        return 4222
    elif x == 4223:
        return 4223
    elif x == 4224:
        return 4224
    elif x == 4225:
        return 4225
    elif x == 4226:
        return 4226
    elif x == 4227:
        return 4227
    elif x == 4228:
        return 4228
    elif x == 4229:
        return 4229
    elif x == 4230:
        return 4230
    elif x == 4231:
        return 4231
    elif x == 4232:
        return 4232
    elif x == 4233:
        return 4233
    elif x == 4234:
        return 4234
    elif x == 4235:
        return 4235
    elif x == 4236:
        return 4236
    elif x == 4237:
        return 4237
    elif x == 4238:
        return 4238
    elif x == 4239:
        return 4239
    elif x == 4240:
        return 4240
    elif x == 4241:
        return 4241
    elif x == 4242:
        return 4242
    elif x == 4243:
        return 4243
    elif x == 4244:
        return 4244
    elif x == 4245:
        return 4245
    elif x == 4246:
        return 4246
    elif x == 4247:
        return 4247
    elif x == 4248:
        return 4248
    elif x == 4249:
        return 4249
    elif x == 4250:
        return 4250
    elif x == 4251:
        return 4251
    elif x == 4252:
        return 4252
    elif x == 4253:
        return 4253
    elif x == 4254:
        return 4254
    elif x == 4255:
        return 4255
    elif x == 4256:
        return 4256
    elif x == 4257:
        return 4257
    elif x == 4258:
        return 4258
    elif x == 4259:
        return 4259
    elif x == 4260:
        return 4260
    elif x == 4261:
        return 4261
    elif x == 4262:
        return 4262
    elif x == 4263:
        return 4263
    elif x == 4264:
        return 4264
    elif x == 4265:
        return 4265
    elif x == 4266:
        return 4266
    elif x == 4267:
        return 4267
    elif x == 4268:
        return 4268
    elif x == 4269:
        return 4269
    elif x == 4270:
        return 4270
    elif x == 4271:
        return 4271
    elif x == 4272:
        return 4272
    elif x == 4273:
        return 4273
    elif x == 4274:
        return 4274
    elif x == 4275:
        return 4275
    elif x == 4276:
        return 4276
    elif x == 4277:
        return 4277
    elif x == 4278:
        return 4278
    elif x == 4279:
        return 4279
    elif x == 4280:
        return 4280
    elif x == 4281:
        return 4281
    elif x == 4282:
        return 4282
    elif x == 4283:
        return 4283
    elif x == 4284:
        return 4284
    elif x == 4285:
        return 4285
    elif x == 4286:
        return 4286
    elif x == 4287:
        return 4287
    elif x == 4288:
        return 4288
    elif x == 4289:
        return 4289
    elif x == 4290:
        return 4290
    elif x == 4291:
        return 4291
    elif x == 4292:
        return 4292
    elif x == 4293:
        return 4293
    elif x == 4294:
        return 4294
    elif x == 4295:
        return 4295
    elif x == 4296:
        return 4296
    elif x == 4297:
        return 4297
    elif x == 4298:
        return 4298
    elif x == 4299:
        return 4299
    elif x == 4300:
        return 4300
    elif x == 4301:
        return 4301
    elif x == 4302:
        return 4302
    elif x == 4303:
        return 4303
    elif x == 4304:
        return 4304
    elif x == 4305:
        return 4305
    elif x == 4306:
        return 4306
    elif x == 4307:
        return 4307
    elif x == 4308:
        return 4308
    elif x == 4309:
        return 4309
    elif x == 4310:
        return 4310
    elif x == 4311:
        return 4311
    elif x == 4312:
        return 4312
    elif x == 4313:
        return 4313
    elif x == 4314:
        return 4314
    elif x == 4315:
        return 4315
    elif x == 4316:
        return 4316
    elif x == 4317:
        return 4317
    elif x == 4318:
        return 4318
    elif x == 4319:
        return 4319
    elif x == 4320:
        return 4320
    elif x == 4321:
        return 4321
    elif x == 4322:
        return 4322
    elif x == 4323:
        return 4323
    elif x == 4324:
        return 4324
    elif x == 4325:
        return 4325
    elif x == 4326:
        return 4326
    elif x == 4327:
        return 4327
    elif x == 4328:
        return 4328
    elif x == 4329:
        return 4329
    elif x == 4330:
        return 4330
    elif x == 4331:
        return 4331
    elif x == 4332:
        return 4332
    elif x == 4333:
        return 4333
    elif x == 4334:
        return 4334
    elif x == 4335:
        return 4335
    elif x == 4336:
        return 4336
    elif x == 4337:
        return 4337
    elif x == 4338:
        return 4338
    elif x == 4339:
        return 4339
    elif x == 4340:
        return 4340
    elif x == 4341:
        return 4341
    elif x == 4342:
        return 4342
    elif x == 4343:
        return 4343
    elif x == 4344:
        return 4344
    elif x == 4345:
        return 4345
    elif x == 4346:
        return 4346
    elif x == 4347:
        return 4347
    elif x == 4348:
        return 4348
    elif x == 4349:
        return 4349
    elif x == 4350:
        return 4350
    elif x == 4351:
        return 4351
    elif x == 4352:
        return 4352
    elif x == 4353:
        return 4353
    elif x == 4354:
        return 4354
    elif x == 4355:
        return 4355
    elif x == 4356:
        return 4356
    elif x == 4357:
        return 4357
    elif x == 4358:
        return 4358
    elif x == 4359:
        return 4359
    elif x == 4360:
        return 4360
    elif x == 4361:
        return 4361
    elif x == 4362:
        return 4362
    elif x == 4363:
        return 4363
    elif x == 4364:
        return 4364
    elif x == 4365:
        return 4365
    elif x == 4366:
        return 4366
    elif x == 4367:
        return 4367
    elif x == 4368:
        return 4368
    elif x == 4369:
        return 4369
    elif x == 4370:
        return 4370
    elif x == 4371:
        return 4371
    elif x == 4372:
        return 4372
    elif x == 4373:
        return 4373
    elif x == 4374:
        return 4374
    elif x == 4375:
        return 4375
    elif x == 4376:
        return 4376
    elif x == 4377:
        return 4377
    elif x == 4378:
        return 4378
    elif x == 4379:
        return 4379
    elif x == 4380:
        return 4380
    elif x == 4381:
        return 4381
    elif x == 4382:
        return 4382
    elif x == 4383:
        return 4383
    elif x == 4384:
        return 4384
    elif x == 4385:
        return 4385
    elif x == 4386:
        return 4386
    elif x == 4387:
        return 4387
    elif x == 4388:
        return 4388
    elif x == 4389:
        return 4389
    elif x == 4390:
        return 4390
    elif x == 4391:
        return 4391
    elif x == 4392:
        return 4392
    elif x == 4393:
        return 4393
    elif x == 4394:
        return 4394
    elif x == 4395:
        return 4395
    elif x == 4396:
        return 4396
    elif x == 4397:
        return 4397
    elif x == 4398:
        return 4398
    elif x == 4399:
        return 4399
    elif x == 4400:
        return 4400
    elif x == 4401:
        return 4401
    elif x == 4402:
        return 4402
    elif x == 4403:
        return 4403
    elif x == 4404:
        return 4404
    elif x == 4405:
        return 4405
    elif x == 4406:
        return 4406
    elif x == 4407:
        return 4407
    elif x == 4408:
        return 4408
    elif x == 4409:
        return 4409
    elif x == 4410:
        return 4410
    elif x == 4411:
        return 4411
    elif x == 4412:
        return 4412
    elif x == 4413:
        return 4413
    elif x == 4414:
        return 4414
    elif x == 4415:
        return 4415
    elif x == 4416:
        return 4416
    elif x == 4417:
        return 4417
    elif x == 4418:
        return 4418
    elif x == 4419:
        return 4419
    elif x == 4420:
        return 4420
    elif x == 4421:
        return 4421
    elif x == 4422:
        return 4422
    elif x == 4423:
        return 4423
    elif x == 4424:
        return 4424
    elif x == 4425:
        return 4425
    elif x == 4426:
        return 4426
    elif x == 4427:
        return 4427
    elif x == 4428:
        return 4428
    elif x == 4429:
        return 4429
    elif x == 4430:
        return 4430
    elif x == 4431:
        return 4431
    elif x == 4432:
        return 4432
    elif x == 4433:
        return 4433
    elif x == 4434:
        return 4434
    elif x == 4435:
        return 4435
    elif x == 4436:
        return 4436
    elif x == 4437:
        return 4437
    elif x == 4438:
        return 4438
    elif x == 4439:
        return 4439
    elif x == 4440:
        return 4440
    elif x == 4441:
        return 4441
    elif x == 4442:
        return 4442
    elif x == 4443:
        return 4443
    elif x == 4444:
        return 4444
    elif x == 4445:
        return 4445
    elif x == 4446:
        return 4446
    elif x == 4447:
        return 4447
    elif x == 4448:
        return 4448
    elif x == 4449:
        return 4449
    elif x == 4450:
        return 4450
    elif x == 4451:
        return 4451
    elif x == 4452:
        return 4452
    elif x == 4453:
        return 4453
    elif x == 4454:
        return 4454
    elif x == 4455:
        return 4455
    elif x == 4456:
        return 4456
    elif x == 4457:
        return 4457
    elif x == 4458:
        return 4458
    elif x == 4459:
        return 4459
    elif x == 4460:
        return 4460
    elif x == 4461:
        return 4461
    elif x == 4462:
        return 4462
    elif x == 4463:
        return 4463
    elif x == 4464:
        return 4464
    elif x == 4465:
        return 4465
    elif x == 4466:
        return 4466
    elif x == 4467:
        return 4467
    elif x == 4468:
        return 4468
    elif x == 4469:
        return 4469
    elif x == 4470:
        return 4470
    elif x == 4471:
        return 4471
    elif x == 4472:
        return 4472
    elif x == 4473:
        return 4473
    elif x == 4474:
        return 4474
    elif x == 4475:
        return 4475
    elif x == 4476:
        return 4476
    elif x == 4477:
        return 4477
    elif x == 4478:
        return 4478
    elif x == 4479:
        return 4479
    elif x == 4480:
        return 4480
    elif x == 4481:
        return 4481
    elif x == 4482:
        return 4482
    elif x == 4483:
        return 4483
    elif x == 4484:
        return 4484
    elif x == 4485:
        return 4485
    elif x == 4486:
        return 4486
    elif x == 4487:
        return 4487
    elif x == 4488:
        return 4488
    elif x == 4489:
        return 4489
    elif x == 4490:
        return 4490
    elif x == 4491:
        return 4491
    elif x == 4492:
        return 4492
    elif x == 4493:
        return 4493
    elif x == 4494:
        return 4494
    elif x == 4495:
        return 4495
    elif x == 4496:
        return 4496
    elif x == 4497:
        return 4497
    elif x == 4498:
        return 4498
    elif x == 4499:
        return 4499
    elif x == 4500:
        return 4500
    elif x == 4501:
        return 4501
    elif x == 4502:
        return 4502
    elif x == 4503:
        return 4503
    elif x == 4504:
        return 4504
    elif x == 4505:
        return 4505
    elif x == 4506:
        return 4506
    elif x == 4507:
        return 4507
    elif x == 4508:
        return 4508
    elif x == 4509:
        return 4509
    elif x == 4510:
        return 4510
    elif x == 4511:
        return 4511
    elif x == 4512:
        return 4512
    elif x == 4513:
        return 4513
    elif x == 4514:
        return 4514
    elif x == 4515:
        return 4515
    elif x == 4516:
        return 4516
    elif x == 4517:
        return 4517
    elif x == 4518:
        return 4518
    elif x == 4519:
        return 4519
    elif x == 4520:
        return 4520
    elif x == 4521:
        return 4521
    elif x == 4522:
        return 4522
    elif x == 4523:
        return 4523
    elif x == 4524:
        return 4524
    elif x == 4525:
        return 4525
    elif x == 4526:
        return 4526
    elif x == 4527:
        return 4527
    elif x == 4528:
        return 4528
    elif x == 4529:
        return 4529
    elif x == 4530:
        return 4530
    elif x == 4531:
        return 4531
    elif x == 4532:
        return 4532
    elif x == 4533:
        return 4533
    elif x == 4534:
        return 4534
    elif x == 4535:
        return 4535
    elif x == 4536:
        return 4536
    elif x == 4537:
        return 4537
    elif x == 4538:
        return 4538
    elif x == 4539:
        return 4539
    elif x == 4540:
        return 4540
    elif x == 4541:
        return 4541
    elif x == 4542:
        return 4542
    elif x == 4543:
        return 4543
    elif x == 4544:
        return 4544
    elif x == 4545:
        return 4545
    elif x == 4546:
        return 4546
    elif x == 4547:
        return 4547
    elif x == 4548:
        return 4548
    elif x == 4549:
        return 4549
    elif x == 4550:
        return 4550
    elif x == 4551:
        return 4551
    elif x == 4552:
        return 4552
    elif x == 4553:
        return 4553
    elif x == 4554:
        return 4554
    elif x == 4555:
        return 4555
    elif x == 4556:
        return 4556
    elif x == 4557:
        return 4557
    elif x == 4558:
        return 4558
    elif x == 4559:
        return 4559
    elif x == 4560:
        return 4560
    elif x == 4561:
        return 4561
    elif x == 4562:
        return 4562
    elif x == 4563:
        return 4563
    elif x == 4564:
        return 4564
    elif x == 4565:
        return 4565
    elif x == 4566:
        return 4566
    elif x == 4567:
        return 4567
    elif x == 4568:
        return 4568
    elif x == 4569:
        return 4569
    elif x == 4570:
        return 4570
    elif x == 4571:
        return 4571
    elif x == 4572:
        return 4572
    elif x == 4573:
        return 4573
    elif x == 4574:
        return 4574
    elif x == 4575:
        return 4575
    elif x == 4576:
        return 4576
    elif x == 4577:
        return 4577
    elif x == 4578:
        return 4578
    elif x == 4579:
        return 4579
    elif x == 4580:
        return 4580
    elif x == 4581:
        return 4581
    elif x == 4582:
        return 4582
    elif x == 4583:
        return 4583
    elif x == 4584:
        return 4584
    elif x == 4585:
        return 4585
    elif x == 4586:
        return 4586
    elif x == 4587:
        return 4587
    elif x == 4588:
        return 4588
    elif x == 4589:
        return 4589
    elif x == 4590:
        return 4590
    elif x == 4591:
        return 4591
    elif x == 4592:
        return 4592
    elif x == 4593:
        return 4593
    elif x == 4594:
        return 4594
    elif x == 4595:
        return 4595
    elif x == 4596:
        return 4596
    elif x == 4597:
        return 4597
    elif x == 4598:
        return 4598
    elif x == 4599:
        return 4599
    elif x == 4600:
        return 4600
    elif x == 4601:
        return 4601
    elif x == 4602:
        return 4602
    elif x == 4603:
        return 4603
    elif x == 4604:
        return 4604
    elif x == 4605:
        return 4605
    elif x == 4606:
        return 4606
    elif x == 4607:
        return 4607
    elif x == 4608:
        return 4608
    elif x == 4609:
        return 4609
    elif x == 4610:
        return 4610
    elif x == 4611:
        return 4611
    elif x == 4612:
        return 4612
    elif x == 4613:
        return 4613
    elif x == 4614:
        return 4614
    elif x == 4615:
        return 4615
    elif x == 4616:
        return 4616
    elif x == 4617:
        return 4617
    elif x == 4618:
        return 4618
    elif x == 4619:
        return 4619
    elif x == 4620:
        return 4620
    elif x == 4621:
        return 4621
    elif x == 4622:
        return 4622
    elif x == 4623:
        return 4623
    elif x == 4624:
        return 4624
    elif x == 4625:
        return 4625
    elif x == 4626:
        return 4626
    elif x == 4627:
        return 4627
    elif x == 4628:
        return 4628
    elif x == 4629:
        return 4629
    elif x == 4630:
        return 4630
    elif x == 4631:
        return 4631
    elif x == 4632:
        return 4632
    elif x == 4633:
        return 4633
    elif x == 4634:
        return 4634
    elif x == 4635:
        return 4635
    elif x == 4636:
        return 4636
    elif x == 4637:
        return 4637
    elif x == 4638:
        return 4638
    elif x == 4639:
        return 4639
    elif x == 4640:
        return 4640
    elif x == 4641:
        return 4641
    elif x == 4642:
        return 4642
    elif x == 4643:
        return 4643
    elif x == 4644:
        return 4644
    elif x == 4645:
        return 4645
    elif x == 4646:
        return 4646
    elif x == 4647:
        return 4647
    elif x == 4648:
        return 4648
    elif x == 4649:
        return 4649
    elif x == 4650:
        return 4650
    elif x == 4651:
        return 4651
    elif x == 4652:
        return 4652
    elif x == 4653:
        return 4653
    elif x == 4654:
        return 4654
    elif x == 4655:
        return 4655
    elif x == 4656:
        return 4656
    elif x == 4657:
        return 4657
    elif x == 4658:
        return 4658
    elif x == 4659:
        return 4659
    elif x == 4660:
        return 4660
    elif x == 4661:
        return 4661
    elif x == 4662:
        return 4662
    elif x == 4663:
        return 4663
    elif x == 4664:
        return 4664
    elif x == 4665:
        return 4665
    elif x == 4666:
        return 4666
    elif x == 4667:
        return 4667
    elif x == 4668:
        return 4668
    elif x == 4669:
        return 4669
    elif x == 4670:
        return 4670
    elif x == 4671:
        return 4671
    elif x == 4672:
        return 4672
    elif x == 4673:
        return 4673
    elif x == 4674:
        return 4674
    elif x == 4675:
        return 4675
    elif x == 4676:
        return 4676
    elif x == 4677:
        return 4677
    elif x == 4678:
        return 4678
    elif x == 4679:
        return 4679
    elif x == 4680:
        return 4680
    elif x == 4681:
        return 4681
    elif x == 4682:
        return 4682
    elif x == 4683:
        return 4683
    elif x == 4684:
        return 4684
    elif x == 4685:
        return 4685
    elif x == 4686:
        return 4686
    elif x == 4687:
        return 4687
    elif x == 4688:
        return 4688
    elif x == 4689:
        return 4689
    elif x == 4690:
        return 4690
    elif x == 4691:
        return 4691
    elif x == 4692:
        return 4692
    elif x == 4693:
        return 4693
    elif x == 4694:
        return 4694
    elif x == 4695:
        return 4695
    elif x == 4696:
        return 4696
    elif x == 4697:
        return 4697
    elif x == 4698:
        return 4698
    elif x == 4699:
        return 4699
    elif x == 4700:
        return 4700
    elif x == 4701:
        return 4701
    elif x == 4702:
        return 4702
    elif x == 4703:
        return 4703
    elif x == 4704:
        return 4704
    elif x == 4705:
        return 4705
    elif x == 4706:
        return 4706
    elif x == 4707:
        return 4707
    elif x == 4708:
        return 4708
    elif x == 4709:
        return 4709
    elif x == 4710:
        return 4710
    elif x == 4711:
        return 4711
    elif x == 4712:
        return 4712
    elif x == 4713:
        return 4713
    elif x == 4714:
        return 4714
    elif x == 4715:
        return 4715
    elif x == 4716:
        return 4716
    elif x == 4717:
        return 4717
    elif x == 4718:
        return 4718
    elif x == 4719:
        return 4719
    elif x == 4720:
        return 4720
    elif x == 4721:
        return 4721
    elif x == 4722:
        return 4722
    elif x == 4723:
        return 4723
    elif x == 4724:
        return 4724
    elif x == 4725:
        return 4725
    elif x == 4726:
        return 4726
    elif x == 4727:
        return 4727
    elif x == 4728:
        return 4728
    elif x == 4729:
        return 4729
    elif x == 4730:
        return 4730
    elif x == 4731:
        return 4731
    elif x == 4732:
        return 4732
    elif x == 4733:
        return 4733
    elif x == 4734:
        return 4734
    elif x == 4735:
        return 4735
    elif x == 4736:
        return 4736
    elif x == 4737:
        return 4737
    elif x == 4738:
        return 4738
    elif x == 4739:
        return 4739
    elif x == 4740:
        return 4740
    elif x == 4741:
        return 4741
    elif x == 4742:
        return 4742
    elif x == 4743:
        return 4743
    elif x == 4744:
        return 4744
    elif x == 4745:
        return 4745
    elif x == 4746:
        return 4746
    elif x == 4747:
        return 4747
    elif x == 4748:
        return 4748
    elif x == 4749:
        return 4749
    elif x == 4750:
        return 4750
    elif x == 4751:
        return 4751
    elif x == 4752:
        return 4752
    elif x == 4753:
        return 4753
    elif x == 4754:
        return 4754
    elif x == 4755:
        return 4755
    elif x == 4756:
        return 4756
    elif x == 4757:
        return 4757
    elif x == 4758:
        return 4758
    elif x == 4759:
        return 4759
    elif x == 4760:
        return 4760
    elif x == 4761:
        return 4761
    elif x == 4762:
        return 4762
    elif x == 4763:
        return 4763
    elif x == 4764:
        return 4764
    elif x == 4765:
        return 4765
    elif x == 4766:
        return 4766
    elif x == 4767:
        return 4767
    elif x == 4768:
        return 4768
    elif x == 4769:
        return 4769
    elif x == 4770:
        return 4770
    elif x == 4771:
        return 4771
    elif x == 4772:
        return 4772
    elif x == 4773:
        return 4773
    elif x == 4774:
        return 4774
    elif x == 4775:
        return 4775
    elif x == 4776:
        return 4776
    elif x == 4777:
        return 4777
    elif x == 4778:
        return 4778
    elif x == 4779:
        return 4779
    elif x == 4780:
        return 4780
    elif x == 4781:
        return 4781
    elif x == 4782:
        return 4782
    elif x == 4783:
        return 4783
    elif x == 4784:
        return 4784
    elif x == 4785:
        return 4785
    elif x == 4786:
        return 4786
    elif x == 4787:
        return 4787
    elif x == 4788:
        return 4788
    elif x == 4789:
        return 4789
    elif x == 4790:
        return 4790
    elif x == 4791:
        return 4791
    elif x == 4792:
        return 4792
    elif x == 4793:
        return 4793
    elif x == 4794:
        return 4794
    elif x == 4795:
        return 4795
    elif x == 4796:
        return 4796
    elif x == 4797:
        return 4797
    elif x == 4798:
        return 4798
    elif x == 4799:
        return 4799
    elif x == 4800:
        return 4800
    elif x == 4801:
        return 4801
    elif x == 4802:
        return 4802
    elif x == 4803:
        return 4803
    elif x == 4804:
        return 4804
    elif x == 4805:
        return 4805
    elif x == 4806:
        return 4806
    elif x == 4807:
        return 4807
    elif x == 4808:
        return 4808
    elif x == 4809:
        return 4809
    elif x == 4810:
        return 4810
    elif x == 4811:
        return 4811
    elif x == 4812:
        return 4812
    elif x == 4813:
        return 4813
    elif x == 4814:
        return 4814
    elif x == 4815:
        return 4815
    elif x == 4816:
        return 4816
    elif x == 4817:
        return 4817
    elif x == 4818:
        return 4818
    elif x == 4819:
        return 4819
    elif x == 4820:
        return 4820
    elif x == 4821:
        return 4821
    elif x == 4822:
        return 4822
    elif x == 4823:
        return 4823
    elif x == 4824:
        return 4824
    elif x == 4825:
        return 4825
    elif x == 4826:
        return 4826
    elif x == 4827:
        return 4827
    elif x == 4828:
        return 4828
    elif x == 4829:
        return 4829
    elif x == 4830:
        return 4830
    elif x == 4831:
        return 4831
    elif x == 4832:
        return 4832
    elif x == 4833:
        return 4833
    elif x == 4834:
        return 4834
    elif x == 4835:
        return 4835
    elif x == 4836:
        return 4836
    elif x == 4837:
        return 4837
    elif x == 4838:
        return 4838
    elif x == 4839:
        return 4839
    elif x == 4840:
        return 4840
    elif x == 4841:
        return 4841
    elif x == 4842:
        return 4842
    elif x == 4843:
        return 4843
    elif x == 4844:
        return 4844
    elif x == 4845:
        return 4845
    elif x == 4846:
        return 4846
    elif x == 4847:
        return 4847
    elif x == 4848:
        return 4848
    elif x == 4849:
        return 4849
    elif x == 4850:
        return 4850
    elif x == 4851:
        return 4851
    elif x == 4852:
        return 4852
    elif x == 4853:
        return 4853
    elif x == 4854:
        return 4854
    elif x == 4855:
        return 4855
    elif x == 4856:
        return 4856
    elif x == 4857:
        return 4857
    elif x == 4858:
        return 4858
    elif x == 4859:
        return 4859
    elif x == 4860:
        return 4860
    elif x == 4861:
        return 4861
    elif x == 4862:
        return 4862
    elif x == 4863:
        return 4863
    elif x == 4864:
        return 4864
    elif x == 4865:
        return 4865
    elif x == 4866:
        return 4866
    elif x == 4867:
        return 4867
    elif x == 4868:
        return 4868
    elif x == 4869:
        return 4869
    elif x == 4870:
        return 4870
    elif x == 4871:
        return 4871
    elif x == 4872:
        return 4872
    elif x == 4873:
        return 4873
    elif x == 4874:
        return 4874
    elif x == 4875:
        return 4875
    elif x == 4876:
        return 4876
    elif x == 4877:
        return 4877
    elif x == 4878:
        return 4878
    elif x == 4879:
        return 4879
    elif x == 4880:
        return 4880
    elif x == 4881:
        return 4881
    elif x == 4882:
        return 4882
    elif x == 4883:
        return 4883
    elif x == 4884:
        return 4884
    elif x == 4885:
        return 4885
    elif x == 4886:
        return 4886
    elif x == 4887:
        return 4887
    elif x == 4888:
        return 4888
    elif x == 4889:
        return 4889
    elif x == 4890:
        return 4890
    elif x == 4891:
        return 4891
    elif x == 4892:
        return 4892
    elif x == 4893:
        return 4893
    elif x == 4894:
        return 4894
    elif x == 4895:
        return 4895
    elif x == 4896:
        return 4896
    elif x == 4897:
        return 4897
    elif x == 4898:
        return 4898
    elif x == 4899:
        return 4899
    elif x == 4900:
        return 4900
    elif x == 4901:
        return 4901
    elif x == 4902:
        return 4902
    elif x == 4903:
        return 4903
    elif x == 4904:
        return 4904
    elif x == 4905:
        return 4905
    elif x == 4906:
        return 4906
    elif x == 4907:
        return 4907
    elif x == 4908:
        return 4908
    elif x == 4909:
        return 4909
    elif x == 4910:
        return 4910
    elif x == 4911:
        return 4911
    elif x == 4912:
        return 4912
    elif x == 4913:
        return 4913
    elif x == 4914:
        return 4914
    elif x == 4915:
        return 4915
    elif x == 4916:
        return 4916
    elif x == 4917:
        return 4917
    elif x == 4918:
        return 4918
    elif x == 4919:
        return 4919
    elif x == 4920:
        return 4920
    elif x == 4921:
        return 4921
    elif x == 4922:
        return 4922
    elif x == 4923:
        return 4923
    elif x == 4924:
        return 4924
    elif x == 4925:
        return 4925
    elif x == 4926:
        return 4926
    elif x == 4927:
        return 4927
    elif x == 4928:
        return 4928
    elif x == 4929:
        return 4929
    elif x == 4930:
        return 4930
    elif x == 4931:
        return 4931
    elif x == 4932:
        return 4932
    elif x == 4933:
        return 4933
    elif x == 4934:
        return 4934
    elif x == 4935:
        return 4935
    elif x == 4936:
        return 4936
    elif x == 4937:
        return 4937
    elif x == 4938:
        return 4938
    elif x == 4939:
        return 4939
    elif x == 4940:
        return 4940
    elif x == 4941:
        return 4941
    elif x == 4942:
        return 4942
    elif x == 4943:
        return 4943
    elif x == 4944:
        return 4944
    elif x == 4945:
        return 4945
    elif x == 4946:
        return 4946
    elif x == 4947:
        return 4947
    elif x == 4948:
        return 4948
    elif x == 4949:
        return 4949
    elif x == 4950:
        return 4950
    elif x == 4951:
        return 4951
    elif x == 4952:
        return 4952
    elif x == 4953:
        return 4953
    elif x == 4954:
        return 4954
    elif x == 4955:
        return 4955
    elif x == 4956:
        return 4956
    elif x == 4957:
        return 4957
    elif x == 4958:
        return 4958
    elif x == 4959:
        return 4959
    elif x == 4960:
        return 4960
    elif x == 4961:
        return 4961
    elif x == 4962:
        return 4962
    elif x == 4963:
        return 4963
    elif x == 4964:
        return 4964
    elif x == 4965:
        return 4965
    elif x == 4966:
        return 4966
    elif x == 4967:
        return 4967
    elif x == 4968:
        return 4968
    elif x == 4969:
        return 4969
    elif x == 4970:
        return 4970
    elif x == 4971:
        return 4971
    elif x == 4972:
        return 4972
    elif x == 4973:
        return 4973
    elif x == 4974:
        return 4974
    elif x == 4975:
        return 4975
    elif x == 4976:
        return 4976
    elif x == 4977:
        return 4977
    elif x == 4978:
        return 4978
    elif x == 4979:
        return 4979
    elif x == 4980:
        return 4980
    elif x == 4981:
        return 4981
    elif x == 4982:
        return 4982
    elif x == 4983:
        return 4983
    elif x == 4984:
        return 4984
    elif x == 4985:
        return 4985
    elif x == 4986:
        return 4986
    elif x == 4987:
        return 4987
    elif x == 4988:
        return 4988
    elif x == 4989:
        return 4989
    elif x == 4990:
        return 4990
    elif x == 4991:
        return 4991
    elif x == 4992:
        return 4992
    elif x == 4993:
        return 4993
    elif x == 4994:
        return 4994
    elif x == 4995:
        return 4995
    elif x == 4996:
        return 4996
    elif x == 4997:
        return 4997
    elif x == 4998:
        return 4998
    elif x == 4999:
        return 4999
