window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111327809435884929"
          ],
          "editableUntil" : "2026-10-17T06:25:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2111327809435884929/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/i5HyZFrFHq",
            "media_url" : "http://pbs.twimg.com/media/Grjbqhtg7qffplr.jpg",
            "id_str" : "2111327725552470374",
            "id" : "2111327725552470374",
            "media_url_https" : "https://pbs.twimg.com/media/Gx5ud2vhkf5vduh.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i5HyZFrFHq"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "26",
      "id_str" : "2111327809435884929",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2111327809435884929",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 17 05:25:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 90 der #Fotochallenge: Thema „Dank“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/i5HyZFrFHq",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2111327809435884929/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/i5HyZFrFHq",
            "media_url" : "http://pbs.twimg.com/media/Grjbqhtg7qffplr.jpg",
            "id_str" : "2111327725552470374",
            "id" : "2111327725552470374",
            "media_url_https" : "https://pbs.twimg.com/media/Gx5ud2vhkf5vduh.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i5HyZFrFHq"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110970555401219155"
          ],
          "editableUntil" : "2026-10-16T06:46:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110970555401219155/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/GHXPhanFOq",
            "media_url" : "http://pbs.twimg.com/media/Gb6mvh3si5ir3dh.jpg",
            "id_str" : "2110970471514133654",
            "id" : "2110970471514133654",
            "media_url_https" : "https://pbs.twimg.com/media/Gvd2wrpru5qbrov.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/GHXPhanFOq"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "8",
      "id_str" : "2110970555401219155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2110970555401219155",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 16 05:46:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 89 der #Fotochallenge: Thema „Spiel“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/GHXPhanFOq",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110970555401219155/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/GHXPhanFOq",
            "media_url" : "http://pbs.twimg.com/media/Gb6mvh3si5ir3dh.jpg",
            "id_str" : "2110970471514133654",
            "id" : "2110970471514133654",
            "media_url_https" : "https://pbs.twimg.com/media/Gvd2wrpru5qbrov.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/GHXPhanFOq"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110606619836903770"
          ],
          "editableUntil" : "2026-10-15T06:40:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110606619836903770/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/Isk1LvhfsR",
            "media_url" : "http://pbs.twimg.com/media/Gcum4ssmc6ryola.jpg",
            "id_str" : "2110606535947381658",
            "id" : "2110606535947381658",
            "media_url_https" : "https://pbs.twimg.com/media/Gnzmcdipqwjffga.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Isk1LvhfsR"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "8",
      "id_str" : "2110606619836903770",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2110606619836903770",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 15 05:40:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 88 der #Fotochallenge: Thema „Neugier“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Isk1LvhfsR",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110606619836903770/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/Isk1LvhfsR",
            "media_url" : "http://pbs.twimg.com/media/Gcum4ssmc6ryola.jpg",
            "id_str" : "2110606535947381658",
            "id" : "2110606535947381658",
            "media_url_https" : "https://pbs.twimg.com/media/Gnzmcdipqwjffga.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Isk1LvhfsR"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110237458168552554"
          ],
          "editableUntil" : "2026-10-14T06:13:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110237458168552554/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/Va3qfiJPnm",
            "media_url" : "http://pbs.twimg.com/media/Guom25widdvrhj4.jpg",
            "id_str" : "2110237374283013561",
            "id" : "2110237374283013561",
            "media_url_https" : "https://pbs.twimg.com/media/Gvvctt5lin7r4sm.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Va3qfiJPnm"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "16",
      "id_str" : "2110237458168552554",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2110237458168552554",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 14 05:13:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 87 der #Fotochallenge: Thema „Fernweh“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Va3qfiJPnm",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2110237458168552554/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/Va3qfiJPnm",
            "media_url" : "http://pbs.twimg.com/media/Guom25widdvrhj4.jpg",
            "id_str" : "2110237374283013561",
            "id" : "2110237374283013561",
            "media_url_https" : "https://pbs.twimg.com/media/Gvvctt5lin7r4sm.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Va3qfiJPnm"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109879856003287109"
          ],
          "editableUntil" : "2026-10-13T06:32:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "80",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109879856003287109/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/52dsE1B1pU",
            "media_url" : "http://pbs.twimg.com/media/Gxlsoiuquoxmt23.jpg",
            "id_str" : "2109879772116392334",
            "id" : "2109879772116392334",
            "media_url_https" : "https://pbs.twimg.com/media/G4p5j27zonogsod.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/52dsE1B1pU"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "2109879856003287109",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2109879856003287109",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 13 05:32:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 86 der #Fotochallenge: Thema „Rückblick“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/52dsE1B1pU",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109879856003287109/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/52dsE1B1pU",
            "media_url" : "http://pbs.twimg.com/media/Gxlsoiuquoxmt23.jpg",
            "id_str" : "2109879772116392334",
            "id" : "2109879772116392334",
            "media_url_https" : "https://pbs.twimg.com/media/G4p5j27zonogsod.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/52dsE1B1pU"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109516671219167369"
          ],
          "editableUntil" : "2026-10-12T06:29:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "71",
              "81"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "82",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109516671219167369/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/pprmGzi9UV",
            "media_url" : "http://pbs.twimg.com/media/Gldyiv653vqs43x.jpg",
            "id_str" : "2109516587334281346",
            "id" : "2109516587334281346",
            "media_url_https" : "https://pbs.twimg.com/media/Gk7wje7weh4jar2.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pprmGzi9UV"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "12",
      "id_str" : "2109516671219167369",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2109516671219167369",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 12 05:29:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 85 der #Fotochallenge: Thema „Nebelmorgen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/pprmGzi9UV",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109516671219167369/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/pprmGzi9UV",
            "media_url" : "http://pbs.twimg.com/media/Gldyiv653vqs43x.jpg",
            "id_str" : "2109516587334281346",
            "id" : "2109516587334281346",
            "media_url_https" : "https://pbs.twimg.com/media/Gk7wje7weh4jar2.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pprmGzi9UV"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109157634602163305"
          ],
          "editableUntil" : "2026-10-11T06:42:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109157634602163305/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/J2cd14Oj29",
            "media_url" : "http://pbs.twimg.com/media/Gbe2vlclealkghb.jpg",
            "id_str" : "2109157550718165592",
            "id" : "2109157550718165592",
            "media_url_https" : "https://pbs.twimg.com/media/Glxi5yu5rbn2z3h.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/J2cd14Oj29"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "2109157634602163305",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2109157634602163305",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 11 05:42:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 84 der #Fotochallenge: Thema „Kürbis“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/J2cd14Oj29",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2109157634602163305/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/J2cd14Oj29",
            "media_url" : "http://pbs.twimg.com/media/Gbe2vlclealkghb.jpg",
            "id_str" : "2109157550718165592",
            "id" : "2109157550718165592",
            "media_url_https" : "https://pbs.twimg.com/media/Glxi5yu5rbn2z3h.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/J2cd14Oj29"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108791446699626996"
          ],
          "editableUntil" : "2026-10-10T06:27:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108791446699626996/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/4rynnDS8Sz",
            "media_url" : "http://pbs.twimg.com/media/Gd2i5zxgxqx4pmp.jpg",
            "id_str" : "2108791362812833516",
            "id" : "2108791362812833516",
            "media_url_https" : "https://pbs.twimg.com/media/G3qfgvp24zdav55.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4rynnDS8Sz"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "2108791446699626996",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2108791446699626996",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 10 05:27:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 83 der #Fotochallenge: Thema „Pilze“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/4rynnDS8Sz",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108791446699626996/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/4rynnDS8Sz",
            "media_url" : "http://pbs.twimg.com/media/Gd2i5zxgxqx4pmp.jpg",
            "id_str" : "2108791362812833516",
            "id" : "2108791362812833516",
            "media_url_https" : "https://pbs.twimg.com/media/G3qfgvp24zdav55.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4rynnDS8Sz"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108420724749277063"
          ],
          "editableUntil" : "2026-10-09T05:54:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "72",
              "82"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "83",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108420724749277063/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/KJgAg6afe1",
            "media_url" : "http://pbs.twimg.com/media/Gqy3w4cackyvbrk.jpg",
            "id_str" : "2108420640866331377",
            "id" : "2108420640866331377",
            "media_url_https" : "https://pbs.twimg.com/media/Guz5tfcpdjnknfo.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KJgAg6afe1"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "6",
      "id_str" : "2108420724749277063",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2108420724749277063",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 09 04:54:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 82 der #Fotochallenge: Thema „Lichterkette“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/KJgAg6afe1",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108420724749277063/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/KJgAg6afe1",
            "media_url" : "http://pbs.twimg.com/media/Gqy3w4cackyvbrk.jpg",
            "id_str" : "2108420640866331377",
            "id" : "2108420640866331377",
            "media_url_https" : "https://pbs.twimg.com/media/Guz5tfcpdjnknfo.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KJgAg6afe1"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108067534993285406"
          ],
          "editableUntil" : "2026-10-08T06:30:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108067534993285406/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/cluhrNl0FT",
            "media_url" : "http://pbs.twimg.com/media/G7devffztq2zoxx.jpg",
            "id_str" : "2108067451107512305",
            "id" : "2108067451107512305",
            "media_url_https" : "https://pbs.twimg.com/media/Gyyg7tc5ctddjhq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/cluhrNl0FT"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "25",
      "id_str" : "2108067534993285406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2108067534993285406",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 08 05:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 81 der #Fotochallenge: Thema „Ruhe“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/cluhrNl0FT",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2108067534993285406/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/cluhrNl0FT",
            "media_url" : "http://pbs.twimg.com/media/G7devffztq2zoxx.jpg",
            "id_str" : "2108067451107512305",
            "id" : "2108067451107512305",
            "media_url_https" : "https://pbs.twimg.com/media/Gyyg7tc5ctddjhq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/cluhrNl0FT"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107705222624968019"
          ],
          "editableUntil" : "2026-10-07T06:30:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2107705222624968019/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/5hpIWk6AUj",
            "media_url" : "http://pbs.twimg.com/media/Gc5b5wjnhhhmntk.jpg",
            "id_str" : "2107705138739230792",
            "id" : "2107705138739230792",
            "media_url_https" : "https://pbs.twimg.com/media/Gbbqhh6vy6jwei3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/5hpIWk6AUj"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "2107705222624968019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2107705222624968019",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 07 05:30:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 80 der #Fotochallenge: Thema „Morgen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/5hpIWk6AUj",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2107705222624968019/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/5hpIWk6AUj",
            "media_url" : "http://pbs.twimg.com/media/Gc5b5wjnhhhmntk.jpg",
            "id_str" : "2107705138739230792",
            "id" : "2107705138739230792",
            "media_url_https" : "https://pbs.twimg.com/media/Gbbqhh6vy6jwei3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/5hpIWk6AUj"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107342029452556315"
          ],
          "editableUntil" : "2026-10-06T06:27:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2107342029452556315/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/YP2tNlbDki",
            "media_url" : "http://pbs.twimg.com/media/G7htxoi7xacja3x.jpg",
            "id_str" : "2107341945569379487",
            "id" : "2107341945569379487",
            "media_url_https" : "https://pbs.twimg.com/media/G3u473s4oowyg4e.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/YP2tNlbDki"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "7",
      "id_str" : "2107342029452556315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2107342029452556315",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 06 05:27:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 79 der #Fotochallenge: Thema „Land“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/YP2tNlbDki",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2107342029452556315/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/YP2tNlbDki",
            "media_url" : "http://pbs.twimg.com/media/G7htxoi7xacja3x.jpg",
            "id_str" : "2107341945569379487",
            "id" : "2107341945569379487",
            "media_url_https" : "https://pbs.twimg.com/media/G3u473s4oowyg4e.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/YP2tNlbDki"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106977745763726216"
          ],
          "editableUntil" : "2026-10-05T06:20:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106977745763726216/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/po81QWxAcJ",
            "media_url" : "http://pbs.twimg.com/media/Gbqdcczfy6ydhxj.jpg",
            "id_str" : "2106977661876512935",
            "id" : "2106977661876512935",
            "media_url_https" : "https://pbs.twimg.com/media/Glreheodljiv6he.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/po81QWxAcJ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "2106977745763726216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2106977745763726216",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 05 05:20:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 78 der #Fotochallenge: Thema „Stadt“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/po81QWxAcJ",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106977745763726216/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/po81QWxAcJ",
            "media_url" : "http://pbs.twimg.com/media/Gbqdcczfy6ydhxj.jpg",
            "id_str" : "2106977661876512935",
            "id" : "2106977661876512935",
            "media_url_https" : "https://pbs.twimg.com/media/Glreheodljiv6he.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/po81QWxAcJ"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106612707098507182"
          ],
          "editableUntil" : "2026-10-04T06:09:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106612707098507182/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/rUFiSk4Pkg",
            "media_url" : "http://pbs.twimg.com/media/G6lxtzgyc3th4l6.jpg",
            "id_str" : "2106612623211570003",
            "id" : "2106612623211570003",
            "media_url_https" : "https://pbs.twimg.com/media/Guz6dzssnmhlzgg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/rUFiSk4Pkg"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "2106612707098507182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2106612707098507182",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 04 05:09:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 77 der #Fotochallenge: Thema „Tür auf“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/rUFiSk4Pkg",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106612707098507182/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/rUFiSk4Pkg",
            "media_url" : "http://pbs.twimg.com/media/G6lxtzgyc3th4l6.jpg",
            "id_str" : "2106612623211570003",
            "id" : "2106612623211570003",
            "media_url_https" : "https://pbs.twimg.com/media/Guz6dzssnmhlzgg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/rUFiSk4Pkg"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106255167849471803"
          ],
          "editableUntil" : "2026-10-03T06:28:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106255167849471803/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/oQT8eXeAjp",
            "media_url" : "http://pbs.twimg.com/media/Gtfnuxcbycufpzn.jpg",
            "id_str" : "2106255083960089690",
            "id" : "2106255083960089690",
            "media_url_https" : "https://pbs.twimg.com/media/Ggdkqbo6ny7gz7l.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/oQT8eXeAjp"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "2106255167849471803",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2106255167849471803",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 03 05:28:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 76 der #Fotochallenge: Thema „Horizont“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/oQT8eXeAjp",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2106255167849471803/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/oQT8eXeAjp",
            "media_url" : "http://pbs.twimg.com/media/Gtfnuxcbycufpzn.jpg",
            "id_str" : "2106255083960089690",
            "id" : "2106255083960089690",
            "media_url_https" : "https://pbs.twimg.com/media/Ggdkqbo6ny7gz7l.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/oQT8eXeAjp"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105887415468659002"
          ],
          "editableUntil" : "2026-10-02T06:07:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "70",
              "80"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "81",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105887415468659002/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Xa97XupX4H",
            "media_url" : "http://pbs.twimg.com/media/Gqm47r3tyhlx4fa.jpg",
            "id_str" : "2105887331579499985",
            "id" : "2105887331579499985",
            "media_url_https" : "https://pbs.twimg.com/media/Gbexkpy2wazwt5j.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Xa97XupX4H"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "21",
      "id_str" : "2105887415468659002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2105887415468659002",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 02 05:07:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 75 der #Fotochallenge: Thema „Einsamkeit“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Xa97XupX4H",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105887415468659002/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Xa97XupX4H",
            "media_url" : "http://pbs.twimg.com/media/Gqm47r3tyhlx4fa.jpg",
            "id_str" : "2105887331579499985",
            "id" : "2105887331579499985",
            "media_url_https" : "https://pbs.twimg.com/media/Gbexkpy2wazwt5j.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Xa97XupX4H"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105530706687852507"
          ],
          "editableUntil" : "2026-10-01T06:30:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105530706687852507/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/4aacmlvJX9",
            "media_url" : "http://pbs.twimg.com/media/G4wqeply62x4edn.jpg",
            "id_str" : "2105530622801868315",
            "id" : "2105530622801868315",
            "media_url_https" : "https://pbs.twimg.com/media/Gdlm3egx6whlko3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4aacmlvJX9"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "17",
      "id_str" : "2105530706687852507",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2105530706687852507",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 01 05:30:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 74 der #Fotochallenge: Thema „Chaos“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/4aacmlvJX9",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105530706687852507/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/4aacmlvJX9",
            "media_url" : "http://pbs.twimg.com/media/G4wqeply62x4edn.jpg",
            "id_str" : "2105530622801868315",
            "id" : "2105530622801868315",
            "media_url_https" : "https://pbs.twimg.com/media/Gdlm3egx6whlko3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4aacmlvJX9"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105167698067818063"
          ],
          "editableUntil" : "2026-09-30T06:27:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105167698067818063/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/UvtGWGEmtn",
            "media_url" : "http://pbs.twimg.com/media/Gbqdni7c3onrtvs.jpg",
            "id_str" : "2105167614180160176",
            "id" : "2105167614180160176",
            "media_url_https" : "https://pbs.twimg.com/media/Gavntrpjz4fzsp7.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UvtGWGEmtn"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "8",
      "id_str" : "2105167698067818063",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2105167698067818063",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 30 05:27:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 73 der #Fotochallenge: Thema „Ordnung“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/UvtGWGEmtn",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2105167698067818063/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/UvtGWGEmtn",
            "media_url" : "http://pbs.twimg.com/media/Gbqdni7c3onrtvs.jpg",
            "id_str" : "2105167614180160176",
            "id" : "2105167614180160176",
            "media_url_https" : "https://pbs.twimg.com/media/Gavntrpjz4fzsp7.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UvtGWGEmtn"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104806362970227558"
          ],
          "editableUntil" : "2026-09-29T06:31:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104806362970227558/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/EyuVwI9YwJ",
            "media_url" : "http://pbs.twimg.com/media/Gv6aqqphh6ps6eu.jpg",
            "id_str" : "2104806279083275137",
            "id" : "2104806279083275137",
            "media_url_https" : "https://pbs.twimg.com/media/G5l4x527osm5aiz.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/EyuVwI9YwJ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "2104806362970227558",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104806362970227558",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 29 05:31:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 72 der #Fotochallenge: Thema „Herbst“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/EyuVwI9YwJ",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104806362970227558/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/EyuVwI9YwJ",
            "media_url" : "http://pbs.twimg.com/media/Gv6aqqphh6ps6eu.jpg",
            "id_str" : "2104806279083275137",
            "id" : "2104806279083275137",
            "media_url_https" : "https://pbs.twimg.com/media/G5l4x527osm5aiz.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/EyuVwI9YwJ"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104511432095057642"
          ],
          "editableUntil" : "2026-09-28T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "2104511432095057642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104511432095057642",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 28 10:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @stadtarchiv_demo: Wir suchen alte Fotos von der Markthalle. Wer hat welche?",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104440590301453687"
          ],
          "editableUntil" : "2026-09-28T06:18:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104440590301453687/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/QzcI2qat8H",
            "media_url" : "http://pbs.twimg.com/media/G2whtrdmyjys2t7.jpg",
            "id_str" : "2104440506416496291",
            "id" : "2104440506416496291",
            "media_url_https" : "https://pbs.twimg.com/media/Gcpdnjpwkkkhejr.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/QzcI2qat8H"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "349",
      "id_str" : "2104440590301453687",
      "truncated" : false,
      "retweet_count" : "43",
      "id" : "2104440590301453687",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 28 05:18:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 71 der #Fotochallenge: Thema „Gelassen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/QzcI2qat8H",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104440590301453687/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/QzcI2qat8H",
            "media_url" : "http://pbs.twimg.com/media/G2whtrdmyjys2t7.jpg",
            "id_str" : "2104440506416496291",
            "id" : "2104440506416496291",
            "media_url_https" : "https://pbs.twimg.com/media/Gcpdnjpwkkkhejr.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/QzcI2qat8H"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104243164412363407"
          ],
          "editableUntil" : "2026-09-27T17:14:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "20",
      "id_str" : "2104243164412363407",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104243164412363407",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 27 16:14:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Technischer Hinweis: Der Prompt morgen kommt etwas später.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104078256963270348"
          ],
          "editableUntil" : "2026-09-27T06:18:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "70",
              "80"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "81",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104078256963270348/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Jdn5guDPI8",
            "media_url" : "http://pbs.twimg.com/media/Ggrep23i5zpfwo5.jpg",
            "id_str" : "2104078173077981529",
            "id" : "2104078173077981529",
            "media_url_https" : "https://pbs.twimg.com/media/Gn4qdvuwcpabemg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Jdn5guDPI8"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "20",
      "id_str" : "2104078256963270348",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104078256963270348",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 27 05:18:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 70 der #Fotochallenge: Thema „Nachtlicht“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Jdn5guDPI8",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2104078256963270348/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Jdn5guDPI8",
            "media_url" : "http://pbs.twimg.com/media/Ggrep23i5zpfwo5.jpg",
            "id_str" : "2104078173077981529",
            "id" : "2104078173077981529",
            "media_url_https" : "https://pbs.twimg.com/media/Gn4qdvuwcpabemg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Jdn5guDPI8"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103717269994144369"
          ],
          "editableUntil" : "2026-09-26T06:24:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2103717269994144369/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/hPZQTSvs7M",
            "media_url" : "http://pbs.twimg.com/media/Gqsdulv6wliwfia.jpg",
            "id_str" : "2103717186106653861",
            "id" : "2103717186106653861",
            "media_url_https" : "https://pbs.twimg.com/media/Ghwpkw7rrrerszn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/hPZQTSvs7M"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "21",
      "id_str" : "2103717269994144369",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103717269994144369",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 26 05:24:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 69 der #Fotochallenge: Thema „Blätter“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/hPZQTSvs7M",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2103717269994144369/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/hPZQTSvs7M",
            "media_url" : "http://pbs.twimg.com/media/Gqsdulv6wliwfia.jpg",
            "id_str" : "2103717186106653861",
            "id" : "2103717186106653861",
            "media_url_https" : "https://pbs.twimg.com/media/Ghwpkw7rrrerszn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/hPZQTSvs7M"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103355788099658039"
          ],
          "editableUntil" : "2026-09-25T06:27:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2103355788099658039/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/86zn4ITixy",
            "media_url" : "http://pbs.twimg.com/media/Giwm7d6u5higrcl.jpg",
            "id_str" : "2103355704213121730",
            "id" : "2103355704213121730",
            "media_url_https" : "https://pbs.twimg.com/media/Gw3fdmqmfo6vrqc.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/86zn4ITixy"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "12",
      "id_str" : "2103355788099658039",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103355788099658039",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 25 05:27:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 68 der #Fotochallenge: Thema „Rost“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/86zn4ITixy",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2103355788099658039/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/86zn4ITixy",
            "media_url" : "http://pbs.twimg.com/media/Giwm7d6u5higrcl.jpg",
            "id_str" : "2103355704213121730",
            "id" : "2103355704213121730",
            "media_url_https" : "https://pbs.twimg.com/media/Gw3fdmqmfo6vrqc.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/86zn4ITixy"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102989893795431733"
          ],
          "editableUntil" : "2026-09-24T06:13:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102989893795431733/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/i60ljZqWZu",
            "media_url" : "http://pbs.twimg.com/media/Gp3k7wgscdjordj.jpg",
            "id_str" : "2102989809909717478",
            "id" : "2102989809909717478",
            "media_url_https" : "https://pbs.twimg.com/media/Gbk3r7ijwykg5xy.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i60ljZqWZu"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "32",
      "id_str" : "2102989893795431733",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2102989893795431733",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 24 05:13:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 67 der #Fotochallenge: Thema „Tiere“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/i60ljZqWZu",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102989893795431733/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/i60ljZqWZu",
            "media_url" : "http://pbs.twimg.com/media/Gp3k7wgscdjordj.jpg",
            "id_str" : "2102989809909717478",
            "id" : "2102989809909717478",
            "media_url_https" : "https://pbs.twimg.com/media/Gbk3r7ijwykg5xy.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i60ljZqWZu"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102631628929108991"
          ],
          "editableUntil" : "2026-09-23T06:30:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102631628929108991/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/jeONj8CaJp",
            "media_url" : "http://pbs.twimg.com/media/Gzhal56pbaqlm5n.jpg",
            "id_str" : "2102631545045766523",
            "id" : "2102631545045766523",
            "media_url_https" : "https://pbs.twimg.com/media/Gd4tp6anb5fewby.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jeONj8CaJp"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "2102631628929108991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102631628929108991",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 23 05:30:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 66 der #Fotochallenge: Thema „Kanten“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/jeONj8CaJp",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102631628929108991/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/jeONj8CaJp",
            "media_url" : "http://pbs.twimg.com/media/Gzhal56pbaqlm5n.jpg",
            "id_str" : "2102631545045766523",
            "id" : "2102631545045766523",
            "media_url_https" : "https://pbs.twimg.com/media/Gd4tp6anb5fewby.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jeONj8CaJp"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102274014181871291"
          ],
          "editableUntil" : "2026-09-22T06:49:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102274014181871291/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/mNB7EOe2YZ",
            "media_url" : "http://pbs.twimg.com/media/Goc4r2634u3u3zd.jpg",
            "id_str" : "2102273930295382384",
            "id" : "2102273930295382384",
            "media_url_https" : "https://pbs.twimg.com/media/Gvz4w25lzg5pfb3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/mNB7EOe2YZ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "2102274014181871291",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102274014181871291",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 22 05:49:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 65 der #Fotochallenge: Thema „Wege“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/mNB7EOe2YZ",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2102274014181871291/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/mNB7EOe2YZ",
            "media_url" : "http://pbs.twimg.com/media/Goc4r2634u3u3zd.jpg",
            "id_str" : "2102273930295382384",
            "id" : "2102273930295382384",
            "media_url_https" : "https://pbs.twimg.com/media/Gvz4w25lzg5pfb3.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/mNB7EOe2YZ"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101905964007268024"
          ],
          "editableUntil" : "2026-09-21T06:26:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2101905964007268024/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/P9ywWTBCM7",
            "media_url" : "http://pbs.twimg.com/media/G4pedqjkdcykvjt.jpg",
            "id_str" : "2101905880121678135",
            "id" : "2101905880121678135",
            "media_url_https" : "https://pbs.twimg.com/media/G4qlxc4mipshrbf.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/P9ywWTBCM7"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "id_str" : "2101905964007268024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101905964007268024",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 21 05:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 64 der #Fotochallenge: Thema „Sonne“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/P9ywWTBCM7",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2101905964007268024/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/P9ywWTBCM7",
            "media_url" : "http://pbs.twimg.com/media/G4pedqjkdcykvjt.jpg",
            "id_str" : "2101905880121678135",
            "id" : "2101905880121678135",
            "media_url_https" : "https://pbs.twimg.com/media/G4qlxc4mipshrbf.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/P9ywWTBCM7"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101177702808919457"
          ],
          "editableUntil" : "2026-09-19T06:12:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "71",
              "81"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "82",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2101177702808919457/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/4Fj12tgv01",
            "media_url" : "http://pbs.twimg.com/media/Gixosumk6pttfzn.jpg",
            "id_str" : "2101177618922546269",
            "id" : "2101177618922546269",
            "media_url_https" : "https://pbs.twimg.com/media/Gm7mnflvezbdg5f.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4Fj12tgv01"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "15",
      "id_str" : "2101177702808919457",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2101177702808919457",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 19 05:12:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 62 der #Fotochallenge: Thema „Nahaufnahme“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/4Fj12tgv01",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2101177702808919457/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/4Fj12tgv01",
            "media_url" : "http://pbs.twimg.com/media/Gixosumk6pttfzn.jpg",
            "id_str" : "2101177618922546269",
            "id" : "2101177618922546269",
            "media_url_https" : "https://pbs.twimg.com/media/Gm7mnflvezbdg5f.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4Fj12tgv01"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100814388001936415"
          ],
          "editableUntil" : "2026-09-18T06:09:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "80",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100814388001936415/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/67npQ2cOCT",
            "media_url" : "http://pbs.twimg.com/media/Gox4vk4swgrwugx.jpg",
            "id_str" : "2100814304114028429",
            "id" : "2100814304114028429",
            "media_url_https" : "https://pbs.twimg.com/media/G5dbobs353x4p3p.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/67npQ2cOCT"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "15",
      "id_str" : "2100814388001936415",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100814388001936415",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 18 05:09:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 61 der #Fotochallenge: Thema „Fahrräder“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/67npQ2cOCT",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100814388001936415/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/67npQ2cOCT",
            "media_url" : "http://pbs.twimg.com/media/Gox4vk4swgrwugx.jpg",
            "id_str" : "2100814304114028429",
            "id" : "2100814304114028429",
            "media_url_https" : "https://pbs.twimg.com/media/G5dbobs353x4p3p.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/67npQ2cOCT"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100456727118375820"
          ],
          "editableUntil" : "2026-09-17T06:28:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "80",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100456727118375820/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/1yyAT6Gj3J",
            "media_url" : "http://pbs.twimg.com/media/Glwzusm6sro5bjs.jpg",
            "id_str" : "2100456643230968431",
            "id" : "2100456643230968431",
            "media_url_https" : "https://pbs.twimg.com/media/Ganrwiprvauo7qs.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/1yyAT6Gj3J"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "31",
      "id_str" : "2100456727118375820",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100456727118375820",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 17 05:28:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 60 der #Fotochallenge: Thema „Geometrie“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/1yyAT6Gj3J",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100456727118375820/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/1yyAT6Gj3J",
            "media_url" : "http://pbs.twimg.com/media/Glwzusm6sro5bjs.jpg",
            "id_str" : "2100456643230968431",
            "id" : "2100456643230968431",
            "media_url_https" : "https://pbs.twimg.com/media/Ganrwiprvauo7qs.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/1yyAT6Gj3J"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100092011412207516"
          ],
          "editableUntil" : "2026-09-16T06:18:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100092011412207516/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/pwJgcKoECA",
            "media_url" : "http://pbs.twimg.com/media/Gmpw7rtjd5n2ehw.jpg",
            "id_str" : "2100091927528438849",
            "id" : "2100091927528438849",
            "media_url_https" : "https://pbs.twimg.com/media/Gldazhg7l2yrc7s.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pwJgcKoECA"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "2100092011412207516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100092011412207516",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 16 05:18:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 59 der #Fotochallenge: Thema „Natur“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/pwJgcKoECA",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2100092011412207516/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/pwJgcKoECA",
            "media_url" : "http://pbs.twimg.com/media/Gmpw7rtjd5n2ehw.jpg",
            "id_str" : "2100091927528438849",
            "id" : "2100091927528438849",
            "media_url_https" : "https://pbs.twimg.com/media/Gldazhg7l2yrc7s.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pwJgcKoECA"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099728973430756355"
          ],
          "editableUntil" : "2026-09-15T06:16:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099728973430756355/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/KllsAEUGqj",
            "media_url" : "http://pbs.twimg.com/media/Gmfy32p5jvhaqel.jpg",
            "id_str" : "2099728889542342493",
            "id" : "2099728889542342493",
            "media_url_https" : "https://pbs.twimg.com/media/Grxnpbvpvxlpsyw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KllsAEUGqj"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "2099728973430756355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099728973430756355",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 15 05:16:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 58 der #Fotochallenge: Thema „Farbe“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/KllsAEUGqj",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099728973430756355/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/KllsAEUGqj",
            "media_url" : "http://pbs.twimg.com/media/Gmfy32p5jvhaqel.jpg",
            "id_str" : "2099728889542342493",
            "id" : "2099728889542342493",
            "media_url_https" : "https://pbs.twimg.com/media/Grxnpbvpvxlpsyw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KllsAEUGqj"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099368976318495303"
          ],
          "editableUntil" : "2026-09-14T06:25:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099368976318495303/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/2v3bCPvsRL",
            "media_url" : "http://pbs.twimg.com/media/Glxcug2ibgim536.jpg",
            "id_str" : "2099368892431866434",
            "id" : "2099368892431866434",
            "media_url_https" : "https://pbs.twimg.com/media/Go6d6vmg4lb6r7t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/2v3bCPvsRL"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "2099368976318495303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099368976318495303",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 14 05:25:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 57 der #Fotochallenge: Thema „Punkte“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/2v3bCPvsRL",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099368976318495303/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/2v3bCPvsRL",
            "media_url" : "http://pbs.twimg.com/media/Glxcug2ibgim536.jpg",
            "id_str" : "2099368892431866434",
            "id" : "2099368892431866434",
            "media_url_https" : "https://pbs.twimg.com/media/Go6d6vmg4lb6r7t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/2v3bCPvsRL"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099004998812063401"
          ],
          "editableUntil" : "2026-09-13T06:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "70",
              "80"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "81",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099004998812063401/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Ha4ZO0l7ir",
            "media_url" : "http://pbs.twimg.com/media/G362ktfsrguzsem.jpg",
            "id_str" : "2099004914926597104",
            "id" : "2099004914926597104",
            "media_url_https" : "https://pbs.twimg.com/media/G5bsi6rbguhu7xd.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ha4ZO0l7ir"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "24",
      "id_str" : "2099004998812063401",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2099004998812063401",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 13 05:19:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 56 der #Fotochallenge: Thema „Gegenlicht“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Ha4ZO0l7ir",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2099004998812063401/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/Ha4ZO0l7ir",
            "media_url" : "http://pbs.twimg.com/media/G362ktfsrguzsem.jpg",
            "id_str" : "2099004914926597104",
            "id" : "2099004914926597104",
            "media_url_https" : "https://pbs.twimg.com/media/G5bsi6rbguhu7xd.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ha4ZO0l7ir"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098647795105468931"
          ],
          "editableUntil" : "2026-09-12T06:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2098647795105468931/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/DgzcwN6f9Q",
            "media_url" : "http://pbs.twimg.com/media/Gx5rgyt4sgtqw7r.jpg",
            "id_str" : "2098647711216595291",
            "id" : "2098647711216595291",
            "media_url_https" : "https://pbs.twimg.com/media/Gdamkz77rzhfrzg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DgzcwN6f9Q"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "2098647795105468931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098647795105468931",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 12 05:40:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 55 der #Fotochallenge: Thema „Texturen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/DgzcwN6f9Q",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2098647795105468931/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/DgzcwN6f9Q",
            "media_url" : "http://pbs.twimg.com/media/Gx5rgyt4sgtqw7r.jpg",
            "id_str" : "2098647711216595291",
            "id" : "2098647711216595291",
            "media_url_https" : "https://pbs.twimg.com/media/Gdamkz77rzhfrzg.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DgzcwN6f9Q"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098282286675311426"
          ],
          "editableUntil" : "2026-09-11T06:27:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "71",
              "81"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "82",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2098282286675311426/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/5GMWreMCgu",
            "media_url" : "http://pbs.twimg.com/media/Gls45pvjpviq4lt.jpg",
            "id_str" : "2098282202788986743",
            "id" : "2098282202788986743",
            "media_url_https" : "https://pbs.twimg.com/media/G2a4itovmkmgifv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/5GMWreMCgu"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "17",
      "id_str" : "2098282286675311426",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2098282286675311426",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 11 05:27:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 54 der #Fotochallenge: Thema „Silhouetten“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/5GMWreMCgu",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2098282286675311426/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/5GMWreMCgu",
            "media_url" : "http://pbs.twimg.com/media/Gls45pvjpviq4lt.jpg",
            "id_str" : "2098282202788986743",
            "id" : "2098282202788986743",
            "media_url_https" : "https://pbs.twimg.com/media/G2a4itovmkmgifv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/5GMWreMCgu"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097918581801963538"
          ],
          "editableUntil" : "2026-09-10T06:22:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097918581801963538/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/mHhDKdFdsM",
            "media_url" : "http://pbs.twimg.com/media/Gf7bkvhcxlszot4.jpg",
            "id_str" : "2097918497914602232",
            "id" : "2097918497914602232",
            "media_url_https" : "https://pbs.twimg.com/media/Gw2ma4pssecth3b.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/mHhDKdFdsM"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "id_str" : "2097918581801963538",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097918581801963538",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 10 05:22:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 53 der #Fotochallenge: Thema „Zuhause“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/mHhDKdFdsM",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097918581801963538/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/mHhDKdFdsM",
            "media_url" : "http://pbs.twimg.com/media/Gf7bkvhcxlszot4.jpg",
            "id_str" : "2097918497914602232",
            "id" : "2097918497914602232",
            "media_url_https" : "https://pbs.twimg.com/media/Gw2ma4pssecth3b.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/mHhDKdFdsM"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097557821322654374"
          ],
          "editableUntil" : "2026-09-09T06:28:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097557821322654374/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/8nXkWv43xs",
            "media_url" : "http://pbs.twimg.com/media/Gpckjnwxdgffamt.jpg",
            "id_str" : "2097557737439031493",
            "id" : "2097557737439031493",
            "media_url_https" : "https://pbs.twimg.com/media/G2oa2urjbdwl6ve.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/8nXkWv43xs"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "19",
      "id_str" : "2097557821322654374",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2097557821322654374",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 09 05:28:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 52 der #Fotochallenge: Thema „Ufer“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/8nXkWv43xs",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097557821322654374/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/8nXkWv43xs",
            "media_url" : "http://pbs.twimg.com/media/Gpckjnwxdgffamt.jpg",
            "id_str" : "2097557737439031493",
            "id" : "2097557737439031493",
            "media_url_https" : "https://pbs.twimg.com/media/G2oa2urjbdwl6ve.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/8nXkWv43xs"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097194468767102484"
          ],
          "editableUntil" : "2026-09-08T06:25:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097194468767102484/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/6MqkbnpXk1",
            "media_url" : "http://pbs.twimg.com/media/G2x4yz2mwhebjgq.jpg",
            "id_str" : "2097194384883036571",
            "id" : "2097194384883036571",
            "media_url_https" : "https://pbs.twimg.com/media/Gjxbk47jqs4bwwi.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6MqkbnpXk1"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "13",
      "id_str" : "2097194468767102484",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2097194468767102484",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 08 05:25:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 51 der #Fotochallenge: Thema „Stein“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/6MqkbnpXk1",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2097194468767102484/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/6MqkbnpXk1",
            "media_url" : "http://pbs.twimg.com/media/G2x4yz2mwhebjgq.jpg",
            "id_str" : "2097194384883036571",
            "id" : "2097194384883036571",
            "media_url_https" : "https://pbs.twimg.com/media/Gjxbk47jqs4bwwi.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6MqkbnpXk1"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096837478970877573"
          ],
          "editableUntil" : "2026-09-07T06:46:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "80",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096837478970877573/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/UfMMLwRBFn",
            "media_url" : "http://pbs.twimg.com/media/Gyyb5tncp7gc723.jpg",
            "id_str" : "2096837395087593995",
            "id" : "2096837395087593995",
            "media_url_https" : "https://pbs.twimg.com/media/Gq5c6qzcqjxxi5t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UfMMLwRBFn"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "2096837478970877573",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2096837478970877573",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 07 05:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 50 der #Fotochallenge: Thema „Unschärfe“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/UfMMLwRBFn",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096837478970877573/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/UfMMLwRBFn",
            "media_url" : "http://pbs.twimg.com/media/Gyyb5tncp7gc723.jpg",
            "id_str" : "2096837395087593995",
            "id" : "2096837395087593995",
            "media_url_https" : "https://pbs.twimg.com/media/Gq5c6qzcqjxxi5t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UfMMLwRBFn"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096472134121168150"
          ],
          "editableUntil" : "2026-09-06T06:34:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096472134121168150/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Mlfhqe5h0U",
            "media_url" : "http://pbs.twimg.com/media/Glawwq2twsrmojh.jpg",
            "id_str" : "2096472050236210334",
            "id" : "2096472050236210334",
            "media_url_https" : "https://pbs.twimg.com/media/Gwz377s5jtacje6.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Mlfhqe5h0U"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "2096472134121168150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096472134121168150",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 06 05:34:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 49 der #Fotochallenge: Thema „Zahlen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Mlfhqe5h0U",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096472134121168150/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Mlfhqe5h0U",
            "media_url" : "http://pbs.twimg.com/media/Glawwq2twsrmojh.jpg",
            "id_str" : "2096472050236210334",
            "id" : "2096472050236210334",
            "media_url_https" : "https://pbs.twimg.com/media/Gwz377s5jtacje6.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Mlfhqe5h0U"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096108362135106787"
          ],
          "editableUntil" : "2026-09-05T06:29:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096108362135106787/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/OMGaxjCvrD",
            "media_url" : "http://pbs.twimg.com/media/Glo5bz2uiufk2gw.jpg",
            "id_str" : "2096108278248483494",
            "id" : "2096108278248483494",
            "media_url_https" : "https://pbs.twimg.com/media/G26msusyk34i47e.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/OMGaxjCvrD"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "16",
      "id_str" : "2096108362135106787",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2096108362135106787",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 05 05:29:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 48 der #Fotochallenge: Thema „Bögen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/OMGaxjCvrD",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2096108362135106787/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/OMGaxjCvrD",
            "media_url" : "http://pbs.twimg.com/media/Glo5bz2uiufk2gw.jpg",
            "id_str" : "2096108278248483494",
            "id" : "2096108278248483494",
            "media_url_https" : "https://pbs.twimg.com/media/G26msusyk34i47e.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/OMGaxjCvrD"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095747991732745595"
          ],
          "editableUntil" : "2026-09-04T06:37:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095747991732745595/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/UjzpmqoIBh",
            "media_url" : "http://pbs.twimg.com/media/Grzncool4r4fgbg.jpg",
            "id_str" : "2095747907846822746",
            "id" : "2095747907846822746",
            "media_url_https" : "https://pbs.twimg.com/media/Gzfrw4rbtbyugir.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UjzpmqoIBh"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "7",
      "id_str" : "2095747991732745595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095747991732745595",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 04 05:37:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 47 der #Fotochallenge: Thema „Weiß“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/UjzpmqoIBh",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095747991732745595/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/UjzpmqoIBh",
            "media_url" : "http://pbs.twimg.com/media/Grzncool4r4fgbg.jpg",
            "id_str" : "2095747907846822746",
            "id" : "2095747907846822746",
            "media_url_https" : "https://pbs.twimg.com/media/Gzfrw4rbtbyugir.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/UjzpmqoIBh"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095451735456007858"
          ],
          "editableUntil" : "2026-09-03T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "2095451735456007858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095451735456007858",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 03 10:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lichtbild_mag: Fünf Tipps für Gegenlicht, die wirklich helfen.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095383729010597472"
          ],
          "editableUntil" : "2026-09-03T06:29:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095383729010597472/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/6Q4NjASyqp",
            "media_url" : "http://pbs.twimg.com/media/Gh7b756jlk7pv25.jpg",
            "id_str" : "2095383645123616392",
            "id" : "2095383645123616392",
            "media_url_https" : "https://pbs.twimg.com/media/G4f73a4zgn4po7t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6Q4NjASyqp"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "2095383729010597472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095383729010597472",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 03 05:29:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 46 der #Fotochallenge: Thema „Spuren“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/6Q4NjASyqp",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095383729010597472/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/6Q4NjASyqp",
            "media_url" : "http://pbs.twimg.com/media/Gh7b756jlk7pv25.jpg",
            "id_str" : "2095383645123616392",
            "id" : "2095383645123616392",
            "media_url_https" : "https://pbs.twimg.com/media/G4f73a4zgn4po7t.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6Q4NjASyqp"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095019730535276864"
          ],
          "editableUntil" : "2026-09-02T06:23:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095019730535276864/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/SKsiT8YT3E",
            "media_url" : "http://pbs.twimg.com/media/Gszfhdkjez3fwtt.jpg",
            "id_str" : "2095019646648951192",
            "id" : "2095019646648951192",
            "media_url_https" : "https://pbs.twimg.com/media/Gyh3lfz2zhuvyf4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/SKsiT8YT3E"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "19",
      "id_str" : "2095019730535276864",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2095019730535276864",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 02 05:23:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 45 der #Fotochallenge: Thema „Kaffee“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/SKsiT8YT3E",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2095019730535276864/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/SKsiT8YT3E",
            "media_url" : "http://pbs.twimg.com/media/Gszfhdkjez3fwtt.jpg",
            "id_str" : "2095019646648951192",
            "id" : "2095019646648951192",
            "media_url_https" : "https://pbs.twimg.com/media/Gyh3lfz2zhuvyf4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/SKsiT8YT3E"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094652208839162179"
          ],
          "editableUntil" : "2026-09-01T06:02:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2094652208839162179/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/U4C5YAM3EK",
            "media_url" : "http://pbs.twimg.com/media/G4cxh2pjln5uvz2.jpg",
            "id_str" : "2094652124951808004",
            "id" : "2094652124951808004",
            "media_url_https" : "https://pbs.twimg.com/media/Gi6yp3po73n3hwq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/U4C5YAM3EK"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "2094652208839162179",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094652208839162179",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 01 05:02:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 44 der #Fotochallenge: Thema „Laub“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/U4C5YAM3EK",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2094652208839162179/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/U4C5YAM3EK",
            "media_url" : "http://pbs.twimg.com/media/G4cxh2pjln5uvz2.jpg",
            "id_str" : "2094652124951808004",
            "id" : "2094652124951808004",
            "media_url_https" : "https://pbs.twimg.com/media/Gi6yp3po73n3hwq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/U4C5YAM3EK"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094297622381281250"
          ],
          "editableUntil" : "2026-08-31T06:33:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2094297622381281250/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/4al9io0JCW",
            "media_url" : "http://pbs.twimg.com/media/Gni4mj4gggw57kv.jpg",
            "id_str" : "2094297538492510236",
            "id" : "2094297538492510236",
            "media_url_https" : "https://pbs.twimg.com/media/Grhdqsfwswz3yxi.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4al9io0JCW"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "37",
      "id_str" : "2094297622381281250",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2094297622381281250",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 31 05:33:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 43 der #Fotochallenge: Thema „Dächer“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/4al9io0JCW",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2094297622381281250/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/4al9io0JCW",
            "media_url" : "http://pbs.twimg.com/media/Gni4mj4gggw57kv.jpg",
            "id_str" : "2094297538492510236",
            "id" : "2094297538492510236",
            "media_url_https" : "https://pbs.twimg.com/media/Grhdqsfwswz3yxi.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4al9io0JCW"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093933040891165498"
          ],
          "editableUntil" : "2026-08-30T06:25:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "71",
              "81"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "82",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093933040891165498/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/OCXbh9rSy8",
            "media_url" : "http://pbs.twimg.com/media/G27loqfe5wpsy5y.jpg",
            "id_str" : "2093932957007967351",
            "id" : "2093932957007967351",
            "media_url_https" : "https://pbs.twimg.com/media/G2e3fkainrlr6xu.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/OCXbh9rSy8"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "2093933040891165498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093933040891165498",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 30 05:25:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 42 der #Fotochallenge: Thema „Perspektive“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/OCXbh9rSy8",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093933040891165498/photo/1",
            "indices" : [
              "94",
              "117"
            ],
            "url" : "https://t.co/OCXbh9rSy8",
            "media_url" : "http://pbs.twimg.com/media/G27loqfe5wpsy5y.jpg",
            "id_str" : "2093932957007967351",
            "id" : "2093932957007967351",
            "media_url_https" : "https://pbs.twimg.com/media/G2e3fkainrlr6xu.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/OCXbh9rSy8"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093737187866636579"
          ],
          "editableUntil" : "2026-08-29T17:27:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "2093737187866636579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093737187866636579",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 29 16:27:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Danke für die vielen Bilder diese Woche, ich komme mit dem Liken kaum hinterher!",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093573907805281044"
          ],
          "editableUntil" : "2026-08-29T06:38:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093573907805281044/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/YKD3y8KXKn",
            "media_url" : "http://pbs.twimg.com/media/Gitiancvul2owjz.jpg",
            "id_str" : "2093573823920552087",
            "id" : "2093573823920552087",
            "media_url_https" : "https://pbs.twimg.com/media/G5mldsk6qmeugqv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/YKD3y8KXKn"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "71",
      "id_str" : "2093573907805281044",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2093573907805281044",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 29 05:38:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 41 der #Fotochallenge: Thema „Weite“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/YKD3y8KXKn",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093573907805281044/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/YKD3y8KXKn",
            "media_url" : "http://pbs.twimg.com/media/Gitiancvul2owjz.jpg",
            "id_str" : "2093573823920552087",
            "id" : "2093573823920552087",
            "media_url_https" : "https://pbs.twimg.com/media/G5mldsk6qmeugqv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/YKD3y8KXKn"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093205731802575913"
          ],
          "editableUntil" : "2026-08-28T06:15:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093205731802575913/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WAZDLTydua",
            "media_url" : "http://pbs.twimg.com/media/Gykx5w7gcf2apb2.jpg",
            "id_str" : "2093205647914199098",
            "id" : "2093205647914199098",
            "media_url_https" : "https://pbs.twimg.com/media/Gtrd24huopcpzes.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WAZDLTydua"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "22",
      "id_str" : "2093205731802575913",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093205731802575913",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 28 05:15:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 40 der #Fotochallenge: Thema „Metall“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/WAZDLTydua",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2093205731802575913/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WAZDLTydua",
            "media_url" : "http://pbs.twimg.com/media/Gykx5w7gcf2apb2.jpg",
            "id_str" : "2093205647914199098",
            "id" : "2093205647914199098",
            "media_url_https" : "https://pbs.twimg.com/media/Gtrd24huopcpzes.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WAZDLTydua"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092847785705708800"
          ],
          "editableUntil" : "2026-08-27T06:32:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092847785705708800/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/xFrUGjsWtj",
            "media_url" : "http://pbs.twimg.com/media/Gal76or3tye4ygw.jpg",
            "id_str" : "2092847701818200863",
            "id" : "2092847701818200863",
            "media_url_https" : "https://pbs.twimg.com/media/Gxzgkujywk4vwnt.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/xFrUGjsWtj"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "10",
      "id_str" : "2092847785705708800",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092847785705708800",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 27 05:32:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 39 der #Fotochallenge: Thema „Reflexe“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/xFrUGjsWtj",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092847785705708800/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/xFrUGjsWtj",
            "media_url" : "http://pbs.twimg.com/media/Gal76or3tye4ygw.jpg",
            "id_str" : "2092847701818200863",
            "id" : "2092847701818200863",
            "media_url_https" : "https://pbs.twimg.com/media/Gxzgkujywk4vwnt.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/xFrUGjsWtj"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092481849457572285"
          ],
          "editableUntil" : "2026-08-26T06:18:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092481849457572285/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/DxMPRS4AiA",
            "media_url" : "http://pbs.twimg.com/media/Ge4leko7dyuhl3j.jpg",
            "id_str" : "2092481765572987222",
            "id" : "2092481765572987222",
            "media_url_https" : "https://pbs.twimg.com/media/Gnk3nsg3ke3i3u5.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DxMPRS4AiA"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "2092481849457572285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092481849457572285",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 26 05:18:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 38 der #Fotochallenge: Thema „Zäune“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/DxMPRS4AiA",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092481849457572285/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/DxMPRS4AiA",
            "media_url" : "http://pbs.twimg.com/media/Ge4leko7dyuhl3j.jpg",
            "id_str" : "2092481765572987222",
            "id" : "2092481765572987222",
            "media_url_https" : "https://pbs.twimg.com/media/Gnk3nsg3ke3i3u5.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DxMPRS4AiA"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092127732759941491"
          ],
          "editableUntil" : "2026-08-25T06:51:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092127732759941491/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WURZCF443g",
            "media_url" : "http://pbs.twimg.com/media/Gtwuqupjkjgn6qm.jpg",
            "id_str" : "2092127648871702933",
            "id" : "2092127648871702933",
            "media_url_https" : "https://pbs.twimg.com/media/Gwqgn4rxcmjqdix.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WURZCF443g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "2092127732759941491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092127732759941491",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 25 05:51:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 37 der #Fotochallenge: Thema „Orange“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/WURZCF443g",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2092127732759941491/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WURZCF443g",
            "media_url" : "http://pbs.twimg.com/media/Gtwuqupjkjgn6qm.jpg",
            "id_str" : "2092127648871702933",
            "id" : "2092127648871702933",
            "media_url_https" : "https://pbs.twimg.com/media/Gwqgn4rxcmjqdix.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WURZCF443g"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091760135567776321"
          ],
          "editableUntil" : "2026-08-24T06:30:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "78",
              "88"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "89",
              "100"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091760135567776321/photo/1",
            "indices" : [
              "101",
              "124"
            ],
            "url" : "https://t.co/vsZTaZYmWi",
            "media_url" : "http://pbs.twimg.com/media/Gm7mdiranwnc252.jpg",
            "id_str" : "2091760051680633880",
            "id" : "2091760051680633880",
            "media_url_https" : "https://pbs.twimg.com/media/Gjogjcgq5gpzlrj.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/vsZTaZYmWi"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "18",
      "id_str" : "2091760135567776321",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2091760135567776321",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 24 05:30:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 36 der #Fotochallenge: Thema „Licht und Schatten“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/vsZTaZYmWi",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091760135567776321/photo/1",
            "indices" : [
              "101",
              "124"
            ],
            "url" : "https://t.co/vsZTaZYmWi",
            "media_url" : "http://pbs.twimg.com/media/Gm7mdiranwnc252.jpg",
            "id_str" : "2091760051680633880",
            "id" : "2091760051680633880",
            "media_url_https" : "https://pbs.twimg.com/media/Gjogjcgq5gpzlrj.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/vsZTaZYmWi"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091396447467746501"
          ],
          "editableUntil" : "2026-08-23T06:25:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091396447467746501/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/FIbWOEnTn9",
            "media_url" : "http://pbs.twimg.com/media/G4hitk2hpn7ghwl.jpg",
            "id_str" : "2091396363582720459",
            "id" : "2091396363582720459",
            "media_url_https" : "https://pbs.twimg.com/media/Gkhmntwkec6j36l.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/FIbWOEnTn9"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "18",
      "id_str" : "2091396447467746501",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2091396447467746501",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 23 05:25:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 35 der #Fotochallenge: Thema „Wolken“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/FIbWOEnTn9",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091396447467746501/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/FIbWOEnTn9",
            "media_url" : "http://pbs.twimg.com/media/G4hitk2hpn7ghwl.jpg",
            "id_str" : "2091396363582720459",
            "id" : "2091396363582720459",
            "media_url_https" : "https://pbs.twimg.com/media/Gkhmntwkec6j36l.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/FIbWOEnTn9"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091038170022632370"
          ],
          "editableUntil" : "2026-08-22T06:42:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091038170022632370/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/Edl7gdi2jY",
            "media_url" : "http://pbs.twimg.com/media/Gaoxuib2tu2i2rs.jpg",
            "id_str" : "2091038086134260465",
            "id" : "2091038086134260465",
            "media_url_https" : "https://pbs.twimg.com/media/Ggrpyqsiudvnzvn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Edl7gdi2jY"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "17",
      "id_str" : "2091038170022632370",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091038170022632370",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 22 05:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 34 der #Fotochallenge: Thema „Beton“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Edl7gdi2jY",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2091038170022632370/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/Edl7gdi2jY",
            "media_url" : "http://pbs.twimg.com/media/Gaoxuib2tu2i2rs.jpg",
            "id_str" : "2091038086134260465",
            "id" : "2091038086134260465",
            "media_url_https" : "https://pbs.twimg.com/media/Ggrpyqsiudvnzvn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Edl7gdi2jY"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090673362040986955"
          ],
          "editableUntil" : "2026-08-21T06:32:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2090673362040986955/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/DJTnjkA7oH",
            "media_url" : "http://pbs.twimg.com/media/Gxe4o5ebzf3xny5.jpg",
            "id_str" : "2090673278154633792",
            "id" : "2090673278154633792",
            "media_url_https" : "https://pbs.twimg.com/media/G65onasuj5sg2qq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DJTnjkA7oH"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "33",
      "id_str" : "2090673362040986955",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2090673362040986955",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 21 05:32:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 33 der #Fotochallenge: Thema „Schrift“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/DJTnjkA7oH",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2090673362040986955/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/DJTnjkA7oH",
            "media_url" : "http://pbs.twimg.com/media/Gxe4o5ebzf3xny5.jpg",
            "id_str" : "2090673278154633792",
            "id" : "2090673278154633792",
            "media_url_https" : "https://pbs.twimg.com/media/G65onasuj5sg2qq.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DJTnjkA7oH"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090311116783530861"
          ],
          "editableUntil" : "2026-08-20T06:33:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2090311116783530861/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/HX1Uki0sHQ",
            "media_url" : "http://pbs.twimg.com/media/Gvmlgjsdoeogwmk.jpg",
            "id_str" : "2090311032895209334",
            "id" : "2090311032895209334",
            "media_url_https" : "https://pbs.twimg.com/media/G2ozgt7m2vawdac.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HX1Uki0sHQ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "11",
      "id_str" : "2090311116783530861",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090311116783530861",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 20 05:33:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 32 der #Fotochallenge: Thema „Hände“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/HX1Uki0sHQ",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2090311116783530861/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/HX1Uki0sHQ",
            "media_url" : "http://pbs.twimg.com/media/Gvmlgjsdoeogwmk.jpg",
            "id_str" : "2090311032895209334",
            "id" : "2090311032895209334",
            "media_url_https" : "https://pbs.twimg.com/media/G2ozgt7m2vawdac.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HX1Uki0sHQ"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089947105719699021"
          ],
          "editableUntil" : "2026-08-19T06:26:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089947105719699021/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/tk66eyX1Pe",
            "media_url" : "http://pbs.twimg.com/media/Ge6kg2azsfiuzt7.jpg",
            "id_str" : "2089947021836287341",
            "id" : "2089947021836287341",
            "media_url_https" : "https://pbs.twimg.com/media/Gcfix4jkektbise.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/tk66eyX1Pe"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "id_str" : "2089947105719699021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089947105719699021",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 19 05:26:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 31 der #Fotochallenge: Thema „Regen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/tk66eyX1Pe",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089947105719699021/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/tk66eyX1Pe",
            "media_url" : "http://pbs.twimg.com/media/Ge6kg2azsfiuzt7.jpg",
            "id_str" : "2089947021836287341",
            "id" : "2089947021836287341",
            "media_url_https" : "https://pbs.twimg.com/media/Gcfix4jkektbise.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/tk66eyX1Pe"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089582712976587654"
          ],
          "editableUntil" : "2026-08-18T06:18:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "72",
              "82"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "83",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089582712976587654/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/IMD8Pdr6w3",
            "media_url" : "http://pbs.twimg.com/media/Gzrsg6voog5cqjs.jpg",
            "id_str" : "2089582629093153096",
            "id" : "2089582629093153096",
            "media_url_https" : "https://pbs.twimg.com/media/Gj7epdfzac3d5fu.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/IMD8Pdr6w3"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "2089582712976587654",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089582712976587654",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 18 05:18:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 30 der #Fotochallenge: Thema „Minimalismus“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/IMD8Pdr6w3",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089582712976587654/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/IMD8Pdr6w3",
            "media_url" : "http://pbs.twimg.com/media/Gzrsg6voog5cqjs.jpg",
            "id_str" : "2089582629093153096",
            "id" : "2089582629093153096",
            "media_url_https" : "https://pbs.twimg.com/media/Gj7epdfzac3d5fu.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/IMD8Pdr6w3"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089224573941394714"
          ],
          "editableUntil" : "2026-08-17T06:35:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089224573941394714/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/SChiMEiukj",
            "media_url" : "http://pbs.twimg.com/media/Gtojfdeseisibp4.jpg",
            "id_str" : "2089224490057900197",
            "id" : "2089224490057900197",
            "media_url_https" : "https://pbs.twimg.com/media/Gdcohvtf2dzkxrb.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/SChiMEiukj"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "18",
      "id_str" : "2089224573941394714",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2089224573941394714",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 17 05:35:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 29 der #Fotochallenge: Thema „Glas“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/SChiMEiukj",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2089224573941394714/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/SChiMEiukj",
            "media_url" : "http://pbs.twimg.com/media/Gtojfdeseisibp4.jpg",
            "id_str" : "2089224490057900197",
            "id" : "2089224490057900197",
            "media_url_https" : "https://pbs.twimg.com/media/Gdcohvtf2dzkxrb.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/SChiMEiukj"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088862970411003683"
          ],
          "editableUntil" : "2026-08-16T06:38:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088862970411003683/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/KuqaPo8zON",
            "media_url" : "http://pbs.twimg.com/media/G6j2tiyryuxyma2.jpg",
            "id_str" : "2088862886523962931",
            "id" : "2088862886523962931",
            "media_url_https" : "https://pbs.twimg.com/media/G2uhb2zjur4mc7w.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KuqaPo8zON"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "2088862970411003683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2088862970411003683",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 16 05:38:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 28 der #Fotochallenge: Thema „Abendrot“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/KuqaPo8zON",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088862970411003683/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/KuqaPo8zON",
            "media_url" : "http://pbs.twimg.com/media/G6j2tiyryuxyma2.jpg",
            "id_str" : "2088862886523962931",
            "id" : "2088862886523962931",
            "media_url_https" : "https://pbs.twimg.com/media/G2uhb2zjur4mc7w.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KuqaPo8zON"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088501853421394427"
          ],
          "editableUntil" : "2026-08-15T06:43:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088501853421394427/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/U1aPQJ0mGk",
            "media_url" : "http://pbs.twimg.com/media/Gsdnyxhikxgfs54.jpg",
            "id_str" : "2088501769535273362",
            "id" : "2088501769535273362",
            "media_url_https" : "https://pbs.twimg.com/media/Gn2wyna7bifex3i.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/U1aPQJ0mGk"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "36",
      "id_str" : "2088501853421394427",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2088501853421394427",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 15 05:43:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 27 der #Fotochallenge: Thema „Räder“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/U1aPQJ0mGk",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088501853421394427/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/U1aPQJ0mGk",
            "media_url" : "http://pbs.twimg.com/media/Gsdnyxhikxgfs54.jpg",
            "id_str" : "2088501769535273362",
            "id" : "2088501769535273362",
            "media_url_https" : "https://pbs.twimg.com/media/Gn2wyna7bifex3i.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/U1aPQJ0mGk"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088138186291084230"
          ],
          "editableUntil" : "2026-08-14T06:38:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088138186291084230/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/xCTUObrj7h",
            "media_url" : "http://pbs.twimg.com/media/G3hdd5ifk2fieq7.jpg",
            "id_str" : "2088138102406371671",
            "id" : "2088138102406371671",
            "media_url_https" : "https://pbs.twimg.com/media/Gnggjuay5puihq4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/xCTUObrj7h"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "14",
      "id_str" : "2088138186291084230",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088138186291084230",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 14 05:38:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 26 der #Fotochallenge: Thema „Stille“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/xCTUObrj7h",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2088138186291084230/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/xCTUObrj7h",
            "media_url" : "http://pbs.twimg.com/media/G3hdd5ifk2fieq7.jpg",
            "id_str" : "2088138102406371671",
            "id" : "2088138102406371671",
            "media_url_https" : "https://pbs.twimg.com/media/Gnggjuay5puihq4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/xCTUObrj7h"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087777719417102142"
          ],
          "editableUntil" : "2026-08-13T06:46:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087777719417102142/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/DQrV76664f",
            "media_url" : "http://pbs.twimg.com/media/Gkw4mnuy5a65jh6.jpg",
            "id_str" : "2087777635532195104",
            "id" : "2087777635532195104",
            "media_url_https" : "https://pbs.twimg.com/media/G77r3dpslghq54q.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DQrV76664f"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "2087777719417102142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087777719417102142",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 13 05:46:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 25 der #Fotochallenge: Thema „Brücken“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/DQrV76664f",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087777719417102142/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/DQrV76664f",
            "media_url" : "http://pbs.twimg.com/media/Gkw4mnuy5a65jh6.jpg",
            "id_str" : "2087777635532195104",
            "id" : "2087777635532195104",
            "media_url_https" : "https://pbs.twimg.com/media/G77r3dpslghq54q.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/DQrV76664f"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087410411632957256"
          ],
          "editableUntil" : "2026-08-12T06:26:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087410411632957256/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/vYUmG09BW1",
            "media_url" : "http://pbs.twimg.com/media/Geq4ujxnowhsg7t.jpg",
            "id_str" : "2087410327749612138",
            "id" : "2087410327749612138",
            "media_url_https" : "https://pbs.twimg.com/media/Gl2zpzx5d2wuezw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/vYUmG09BW1"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "8",
      "id_str" : "2087410411632957256",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2087410411632957256",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 12 05:26:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 24 der #Fotochallenge: Thema „Gelb“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/vYUmG09BW1",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087410411632957256/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/vYUmG09BW1",
            "media_url" : "http://pbs.twimg.com/media/Geq4ujxnowhsg7t.jpg",
            "id_str" : "2087410327749612138",
            "id" : "2087410327749612138",
            "media_url_https" : "https://pbs.twimg.com/media/Gl2zpzx5d2wuezw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/vYUmG09BW1"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087046488653222685"
          ],
          "editableUntil" : "2026-08-11T06:20:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087046488653222685/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WNPbdTKCqL",
            "media_url" : "http://pbs.twimg.com/media/G73p4dsfjlantrj.jpg",
            "id_str" : "2087046404768078711",
            "id" : "2087046404768078711",
            "media_url_https" : "https://pbs.twimg.com/media/Goo4imtnnuqal2x.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WNPbdTKCqL"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "17",
      "id_str" : "2087046488653222685",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087046488653222685",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 11 05:20:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 23 der #Fotochallenge: Thema „Blüten“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/WNPbdTKCqL",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2087046488653222685/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/WNPbdTKCqL",
            "media_url" : "http://pbs.twimg.com/media/G73p4dsfjlantrj.jpg",
            "id_str" : "2087046404768078711",
            "id" : "2087046404768078711",
            "media_url_https" : "https://pbs.twimg.com/media/Goo4imtnnuqal2x.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/WNPbdTKCqL"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086685413606332588"
          ],
          "editableUntil" : "2026-08-10T06:25:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2086685413606332588/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/PFEMegZufG",
            "media_url" : "http://pbs.twimg.com/media/Gslt3nryljderq4.jpg",
            "id_str" : "2086685329717837328",
            "id" : "2086685329717837328",
            "media_url_https" : "https://pbs.twimg.com/media/Gsxldruj2rwirdp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/PFEMegZufG"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "2086685413606332588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086685413606332588",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 10 05:25:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 22 der #Fotochallenge: Thema „Straße“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/PFEMegZufG",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2086685413606332588/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/PFEMegZufG",
            "media_url" : "http://pbs.twimg.com/media/Gslt3nryljderq4.jpg",
            "id_str" : "2086685329717837328",
            "id" : "2086685329717837328",
            "media_url_https" : "https://pbs.twimg.com/media/Gsxldruj2rwirdp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/PFEMegZufG"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086392038815581794"
          ],
          "editableUntil" : "2026-08-09T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2086392038815581794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086392038815581794",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 09 10:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @fotoverein_ost: Ausstellung am Samstag: 40 Bilder aus dem Tagesfoto-Projekt hängen im Foyer.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086327970821126056"
          ],
          "editableUntil" : "2026-08-09T06:45:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2086327970821126056/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/sPzrgiXg07",
            "media_url" : "http://pbs.twimg.com/media/G3vbgw5ry4wfkzr.jpg",
            "id_str" : "2086327886939063586",
            "id" : "2086327886939063586",
            "media_url_https" : "https://pbs.twimg.com/media/Gi4duqbkpnq4gjw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/sPzrgiXg07"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "8",
      "id_str" : "2086327970821126056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086327970821126056",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 09 05:45:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 21 der #Fotochallenge: Thema „Holz“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/sPzrgiXg07",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2086327970821126056/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/sPzrgiXg07",
            "media_url" : "http://pbs.twimg.com/media/G3vbgw5ry4wfkzr.jpg",
            "id_str" : "2086327886939063586",
            "id" : "2086327886939063586",
            "media_url_https" : "https://pbs.twimg.com/media/Gi4duqbkpnq4gjw.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/sPzrgiXg07"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085957211127964162"
          ],
          "editableUntil" : "2026-08-08T06:12:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085957211127964162/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Agq1GkxU2I",
            "media_url" : "http://pbs.twimg.com/media/Gy7qkxtksjhdzjl.jpg",
            "id_str" : "2085957127240398312",
            "id" : "2085957127240398312",
            "media_url_https" : "https://pbs.twimg.com/media/G77xwwnsl6grzwn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Agq1GkxU2I"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "2085957211127964162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085957211127964162",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 08 05:12:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 20 der #Fotochallenge: Thema „Kreise“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Agq1GkxU2I",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085957211127964162/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Agq1GkxU2I",
            "media_url" : "http://pbs.twimg.com/media/Gy7qkxtksjhdzjl.jpg",
            "id_str" : "2085957127240398312",
            "id" : "2085957127240398312",
            "media_url_https" : "https://pbs.twimg.com/media/G77xwwnsl6grzwn.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Agq1GkxU2I"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085601953577841534"
          ],
          "editableUntil" : "2026-08-07T06:40:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085601953577841534/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/jGkU4qPHCO",
            "media_url" : "http://pbs.twimg.com/media/Gmcy23do55hdcfe.jpg",
            "id_str" : "2085601869691468651",
            "id" : "2085601869691468651",
            "media_url_https" : "https://pbs.twimg.com/media/Gnjozteum36wqum.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jGkU4qPHCO"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "8",
      "id_str" : "2085601953577841534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085601953577841534",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 07 05:40:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 19 der #Fotochallenge: Thema „Nebel“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/jGkU4qPHCO",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085601953577841534/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/jGkU4qPHCO",
            "media_url" : "http://pbs.twimg.com/media/Gmcy23do55hdcfe.jpg",
            "id_str" : "2085601869691468651",
            "id" : "2085601869691468651",
            "media_url_https" : "https://pbs.twimg.com/media/Gnjozteum36wqum.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jGkU4qPHCO"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085238718464700067"
          ],
          "editableUntil" : "2026-08-06T06:37:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085238718464700067/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/k1Gs2sYPN7",
            "media_url" : "http://pbs.twimg.com/media/Gkllgula4uox6hz.jpg",
            "id_str" : "2085238634576082752",
            "id" : "2085238634576082752",
            "media_url_https" : "https://pbs.twimg.com/media/Go4dfbzzmlm7acf.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/k1Gs2sYPN7"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "12",
      "id_str" : "2085238718464700067",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2085238718464700067",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 06 05:37:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 18 der #Fotochallenge: Thema „Ecken“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/k1Gs2sYPN7",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2085238718464700067/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/k1Gs2sYPN7",
            "media_url" : "http://pbs.twimg.com/media/Gkllgula4uox6hz.jpg",
            "id_str" : "2085238634576082752",
            "id" : "2085238634576082752",
            "media_url_https" : "https://pbs.twimg.com/media/Go4dfbzzmlm7acf.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/k1Gs2sYPN7"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084875055526973050"
          ],
          "editableUntil" : "2026-08-05T06:32:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084875055526973050/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/dWeS7ADQ8V",
            "media_url" : "http://pbs.twimg.com/media/G7pnmjsl6omrnzw.jpg",
            "id_str" : "2084874971644815218",
            "id" : "2084874971644815218",
            "media_url_https" : "https://pbs.twimg.com/media/Gjhclohfnt26wp4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dWeS7ADQ8V"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "2084875055526973050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084875055526973050",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 05 05:32:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 17 der #Fotochallenge: Thema „Grün“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/dWeS7ADQ8V",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084875055526973050/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/dWeS7ADQ8V",
            "media_url" : "http://pbs.twimg.com/media/G7pnmjsl6omrnzw.jpg",
            "id_str" : "2084874971644815218",
            "id" : "2084874971644815218",
            "media_url_https" : "https://pbs.twimg.com/media/Gjhclohfnt26wp4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dWeS7ADQ8V"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084510746673302704"
          ],
          "editableUntil" : "2026-08-04T06:24:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084510746673302704/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/HOdd15KhRQ",
            "media_url" : "http://pbs.twimg.com/media/Gb7fsmaj4gkxh76.jpg",
            "id_str" : "2084510662784089518",
            "id" : "2084510662784089518",
            "media_url_https" : "https://pbs.twimg.com/media/G7db5k6p7h6xsjv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HOdd15KhRQ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "13",
      "id_str" : "2084510746673302704",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2084510746673302704",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 04 05:24:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 16 der #Fotochallenge: Thema „Bewegung“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/HOdd15KhRQ",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084510746673302704/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/HOdd15KhRQ",
            "media_url" : "http://pbs.twimg.com/media/Gb7fsmaj4gkxh76.jpg",
            "id_str" : "2084510662784089518",
            "id" : "2084510662784089518",
            "media_url_https" : "https://pbs.twimg.com/media/G7db5k6p7h6xsjv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HOdd15KhRQ"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084147209567551937"
          ],
          "editableUntil" : "2026-08-03T06:19:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084147209567551937/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/8VZRI7PTNi",
            "media_url" : "http://pbs.twimg.com/media/Gpmke2p56bv3zna.jpg",
            "id_str" : "2084147125680309237",
            "id" : "2084147125680309237",
            "media_url_https" : "https://pbs.twimg.com/media/Gn5r4t5usotd4bd.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/8VZRI7PTNi"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "2084147209567551937",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084147209567551937",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 03 05:19:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 15 der #Fotochallenge: Thema „Alltag“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/8VZRI7PTNi",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2084147209567551937/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/8VZRI7PTNi",
            "media_url" : "http://pbs.twimg.com/media/Gpmke2p56bv3zna.jpg",
            "id_str" : "2084147125680309237",
            "id" : "2084147125680309237",
            "media_url_https" : "https://pbs.twimg.com/media/Gn5r4t5usotd4bd.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/8VZRI7PTNi"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083784960113711790"
          ],
          "editableUntil" : "2026-08-02T06:20:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083784960113711790/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/qTlW7oUtN6",
            "media_url" : "http://pbs.twimg.com/media/Gcs4j64jhm5sp7n.jpg",
            "id_str" : "2083784876227756264",
            "id" : "2083784876227756264",
            "media_url_https" : "https://pbs.twimg.com/media/Gdoqhobkjsoaz4d.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qTlW7oUtN6"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "48",
      "id_str" : "2083784960113711790",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2083784960113711790",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 02 05:20:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 14 der #Fotochallenge: Thema „Kontrast“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/qTlW7oUtN6",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083784960113711790/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/qTlW7oUtN6",
            "media_url" : "http://pbs.twimg.com/media/Gcs4j64jhm5sp7n.jpg",
            "id_str" : "2083784876227756264",
            "id" : "2083784876227756264",
            "media_url_https" : "https://pbs.twimg.com/media/Gdoqhobkjsoaz4d.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qTlW7oUtN6"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083421049716915849"
          ],
          "editableUntil" : "2026-08-01T06:14:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083421049716915849/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/V4Gn7hKdYC",
            "media_url" : "http://pbs.twimg.com/media/Gyqpoymt6gqxljk.jpg",
            "id_str" : "2083420965830290294",
            "id" : "2083420965830290294",
            "media_url_https" : "https://pbs.twimg.com/media/Gu7da6aerlqprut.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/V4Gn7hKdYC"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "12",
      "id_str" : "2083421049716915849",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2083421049716915849",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 01 05:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 13 der #Fotochallenge: Thema „Himmel“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/V4Gn7hKdYC",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083421049716915849/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/V4Gn7hKdYC",
            "media_url" : "http://pbs.twimg.com/media/Gyqpoymt6gqxljk.jpg",
            "id_str" : "2083420965830290294",
            "id" : "2083420965830290294",
            "media_url_https" : "https://pbs.twimg.com/media/Gu7da6aerlqprut.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/V4Gn7hKdYC"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083230204687560185"
          ],
          "editableUntil" : "2026-07-31T17:36:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "2083230204687560185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083230204687560185",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 31 16:36:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Kurze Umfrage: Fotografiert ihr lieber morgens oder abends? Antworten gern hier drunter.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083061748856706326"
          ],
          "editableUntil" : "2026-07-31T06:26:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083061748856706326/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/s1gRH48fo3",
            "media_url" : "http://pbs.twimg.com/media/Gxzabdflz4ncz2q.jpg",
            "id_str" : "2083061664973841298",
            "id" : "2083061664973841298",
            "media_url_https" : "https://pbs.twimg.com/media/Gf75nmznnnhzzec.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/s1gRH48fo3"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "2083061748856706326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083061748856706326",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 31 05:26:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 12 der #Fotochallenge: Thema „Muster“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/s1gRH48fo3",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2083061748856706326/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/s1gRH48fo3",
            "media_url" : "http://pbs.twimg.com/media/Gxzabdflz4ncz2q.jpg",
            "id_str" : "2083061664973841298",
            "id" : "2083061664973841298",
            "media_url_https" : "https://pbs.twimg.com/media/Gf75nmznnnhzzec.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/s1gRH48fo3"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082703106506330133"
          ],
          "editableUntil" : "2026-07-30T06:41:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2082703106506330133/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/gYLhXgsGuO",
            "media_url" : "http://pbs.twimg.com/media/G6fmrlykqltcv5t.jpg",
            "id_str" : "2082703022619509038",
            "id" : "2082703022619509038",
            "media_url_https" : "https://pbs.twimg.com/media/Geova2psfdytvf4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/gYLhXgsGuO"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "2082703106506330133",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082703106506330133",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 30 05:41:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 11 der #Fotochallenge: Thema „Türen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/gYLhXgsGuO",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2082703106506330133/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/gYLhXgsGuO",
            "media_url" : "http://pbs.twimg.com/media/G6fmrlykqltcv5t.jpg",
            "id_str" : "2082703022619509038",
            "id" : "2082703022619509038",
            "media_url_https" : "https://pbs.twimg.com/media/Geova2psfdytvf4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/gYLhXgsGuO"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082335047940149718"
          ],
          "editableUntil" : "2026-07-29T06:18:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "11",
              "25"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2082335047940149718/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/dSfqt6lc7v",
            "media_url" : "http://pbs.twimg.com/media/Gmyijahfgdpzf57.jpg",
            "id_str" : "2082334964056574106",
            "id" : "2082334964056574106",
            "media_url_https" : "https://pbs.twimg.com/media/Gzkbnkfob4rvukm.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dSfqt6lc7v"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "23",
      "id_str" : "2082335047940149718",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2082335047940149718",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 29 05:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 10 der #Fotochallenge: Thema „Blau“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/dSfqt6lc7v",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2082335047940149718/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/dSfqt6lc7v",
            "media_url" : "http://pbs.twimg.com/media/Gmyijahfgdpzf57.jpg",
            "id_str" : "2082334964056574106",
            "id" : "2082334964056574106",
            "media_url_https" : "https://pbs.twimg.com/media/Gzkbnkfob4rvukm.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dSfqt6lc7v"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081981489086286508"
          ],
          "editableUntil" : "2026-07-28T06:54:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "68",
              "78"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "79",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081981489086286508/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/S0OOBPcklr",
            "media_url" : "http://pbs.twimg.com/media/G2xxhedea2bvrsm.jpg",
            "id_str" : "2081981405198778912",
            "id" : "2081981405198778912",
            "media_url_https" : "https://pbs.twimg.com/media/Gbttbzonkwav7ix.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/S0OOBPcklr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "2081981489086286508",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081981489086286508",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 28 05:54:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 9 der #Fotochallenge: Thema „Symmetrie“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/S0OOBPcklr",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081981489086286508/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/S0OOBPcklr",
            "media_url" : "http://pbs.twimg.com/media/G2xxhedea2bvrsm.jpg",
            "id_str" : "2081981405198778912",
            "id" : "2081981405198778912",
            "media_url_https" : "https://pbs.twimg.com/media/Gbttbzonkwav7ix.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/S0OOBPcklr"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081608498018033063"
          ],
          "editableUntil" : "2026-07-27T06:11:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081608498018033063/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/6r1y1BjAAY",
            "media_url" : "http://pbs.twimg.com/media/Gn2edjtx2gvmjt3.jpg",
            "id_str" : "2081608414131870789",
            "id" : "2081608414131870789",
            "media_url_https" : "https://pbs.twimg.com/media/G7hho7mjhdekvbl.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6r1y1BjAAY"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "9",
      "id_str" : "2081608498018033063",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081608498018033063",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 27 05:11:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 8 der #Fotochallenge: Thema „Wasser“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/6r1y1BjAAY",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081608498018033063/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/6r1y1BjAAY",
            "media_url" : "http://pbs.twimg.com/media/Gn2edjtx2gvmjt3.jpg",
            "id_str" : "2081608414131870789",
            "id" : "2081608414131870789",
            "media_url_https" : "https://pbs.twimg.com/media/G7hho7mjhdekvbl.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6r1y1BjAAY"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081255429899060684"
          ],
          "editableUntil" : "2026-07-26T06:48:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081255429899060684/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Ci58iJobHG",
            "media_url" : "http://pbs.twimg.com/media/Glecz23yhs5wt5x.jpg",
            "id_str" : "2081255346011859693",
            "id" : "2081255346011859693",
            "media_url_https" : "https://pbs.twimg.com/media/Gb7v6iq76a2u7c5.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ci58iJobHG"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "10",
      "id_str" : "2081255429899060684",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081255429899060684",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 26 05:48:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 7 der #Fotochallenge: Thema „Treppen“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/Ci58iJobHG",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2081255429899060684/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/Ci58iJobHG",
            "media_url" : "http://pbs.twimg.com/media/Glecz23yhs5wt5x.jpg",
            "id_str" : "2081255346011859693",
            "id" : "2081255346011859693",
            "media_url_https" : "https://pbs.twimg.com/media/Gb7v6iq76a2u7c5.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ci58iJobHG"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080893385965983633"
          ],
          "editableUntil" : "2026-07-25T06:50:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "66",
              "76"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "77",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080893385965983633/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/i83m607pNs",
            "media_url" : "http://pbs.twimg.com/media/Gpggt356yydec3i.jpg",
            "id_str" : "2080893302077940330",
            "id" : "2080893302077940330",
            "media_url_https" : "https://pbs.twimg.com/media/G5zdspkjfqfix7b.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i83m607pNs"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "2080893385965983633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080893385965983633",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jul 25 05:50:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 6 der #Fotochallenge: Thema „Fenster“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/i83m607pNs",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080893385965983633/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/i83m607pNs",
            "media_url" : "http://pbs.twimg.com/media/Gpggt356yydec3i.jpg",
            "id_str" : "2080893302077940330",
            "id" : "2080893302077940330",
            "media_url_https" : "https://pbs.twimg.com/media/G5zdspkjfqfix7b.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/i83m607pNs"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080587835114222796"
          ],
          "editableUntil" : "2026-07-24T10:36:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "2080587835114222796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080587835114222796",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 24 09:36:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@kamera_kalle Danke, freut mich sehr.",
      "lang" : "de",
      "in_reply_to_status_id_str" : "2080580285367184825",
      "in_reply_to_status_id" : "2080580285367184825",
      "in_reply_to_user_id" : "1700000000000000001",
      "in_reply_to_user_id_str" : "1700000000000000001",
      "in_reply_to_screen_name" : "kamera_kalle"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080572735617785351"
          ],
          "editableUntil" : "2026-07-24T09:36:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "2080572735617785351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080572735617785351",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 24 08:36:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@lena_knipst Wunderschön geworden!",
      "lang" : "de",
      "in_reply_to_status_id_str" : "2080565185869646940",
      "in_reply_to_status_id" : "2080565185869646940",
      "in_reply_to_user_id" : "1700000000000000000",
      "in_reply_to_user_id_str" : "1700000000000000000",
      "in_reply_to_screen_name" : "lena_knipst"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080527437134048293"
          ],
          "editableUntil" : "2026-07-24T06:36:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "62",
              "72"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "73",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080527437134048293/photo/1",
            "indices" : [
              "85",
              "108"
            ],
            "url" : "https://t.co/HNBZZRARlV",
            "media_url" : "http://pbs.twimg.com/media/Gpnx652xo5cfjdu.jpg",
            "id_str" : "2080527353248665536",
            "id" : "2080527353248665536",
            "media_url_https" : "https://pbs.twimg.com/media/G4njwbejdirwtae.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HNBZZRARlV"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "2080527437134048293",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2080527437134048293",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 24 05:36:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 5 der #Fotochallenge: Thema „Rot“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/HNBZZRARlV",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080527437134048293/photo/1",
            "indices" : [
              "85",
              "108"
            ],
            "url" : "https://t.co/HNBZZRARlV",
            "media_url" : "http://pbs.twimg.com/media/Gpnx652xo5cfjdu.jpg",
            "id_str" : "2080527353248665536",
            "id" : "2080527353248665536",
            "media_url_https" : "https://pbs.twimg.com/media/G4njwbejdirwtae.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/HNBZZRARlV"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080160922072175934"
          ],
          "editableUntil" : "2026-07-23T06:19:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "70",
              "80"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "81",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080160922072175934/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/D8g09QGB02",
            "media_url" : "http://pbs.twimg.com/media/Gdye4goiu2srb4n.jpg",
            "id_str" : "2080160838186338958",
            "id" : "2080160838186338958",
            "media_url_https" : "https://pbs.twimg.com/media/Gcwe5krmaep3sin.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/D8g09QGB02"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "2080160922072175934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080160922072175934",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 23 05:19:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 4 der #Fotochallenge: Thema „Morgenlicht“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/D8g09QGB02",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2080160922072175934/photo/1",
            "indices" : [
              "93",
              "116"
            ],
            "url" : "https://t.co/D8g09QGB02",
            "media_url" : "http://pbs.twimg.com/media/Gdye4goiu2srb4n.jpg",
            "id_str" : "2080160838186338958",
            "id" : "2080160838186338958",
            "media_url_https" : "https://pbs.twimg.com/media/Gcwe5krmaep3sin.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/D8g09QGB02"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079801436665980432"
          ],
          "editableUntil" : "2026-07-22T06:31:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "65",
              "75"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079801436665980432/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/q8Fu1rGl5Z",
            "media_url" : "http://pbs.twimg.com/media/Gh2fuhprph6zuyv.jpg",
            "id_str" : "2079801352781864510",
            "id" : "2079801352781864510",
            "media_url_https" : "https://pbs.twimg.com/media/Gq7pyyg2ayt3hzv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/q8Fu1rGl5Z"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "2079801436665980432",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079801436665980432",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 22 05:31:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 3 der #Fotochallenge: Thema „Linien“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/q8Fu1rGl5Z",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079801436665980432/photo/1",
            "indices" : [
              "88",
              "111"
            ],
            "url" : "https://t.co/q8Fu1rGl5Z",
            "media_url" : "http://pbs.twimg.com/media/Gh2fuhprph6zuyv.jpg",
            "id_str" : "2079801352781864510",
            "id" : "2079801352781864510",
            "media_url_https" : "https://pbs.twimg.com/media/Gq7pyyg2ayt3hzv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/q8Fu1rGl5Z"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079440214817625473"
          ],
          "editableUntil" : "2026-07-21T06:35:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "67",
              "77"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079440214817625473/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/djJosnvOSz",
            "media_url" : "http://pbs.twimg.com/media/Gitv3l3vjcdqgor.jpg",
            "id_str" : "2079440130930914253",
            "id" : "2079440130930914253",
            "media_url_https" : "https://pbs.twimg.com/media/Gzyo5eqvh7sfndp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/djJosnvOSz"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "2079440214817625473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079440214817625473",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 21 05:35:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 2 der #Fotochallenge: Thema „Schatten“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/djJosnvOSz",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079440214817625473/photo/1",
            "indices" : [
              "90",
              "113"
            ],
            "url" : "https://t.co/djJosnvOSz",
            "media_url" : "http://pbs.twimg.com/media/Gitv3l3vjcdqgor.jpg",
            "id_str" : "2079440130930914253",
            "id" : "2079440130930914253",
            "media_url_https" : "https://pbs.twimg.com/media/Gzyo5eqvh7sfndp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/djJosnvOSz"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079070923125941070"
          ],
          "editableUntil" : "2026-07-20T06:08:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fotochallenge",
            "indices" : [
              "10",
              "24"
            ]
          },
          {
            "text" : "Tagesfoto",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "Fotografie",
            "indices" : [
              "80",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079070923125941070/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/KvDRPwk9cU",
            "media_url" : "http://pbs.twimg.com/media/Guoynwdklc34dt2.jpg",
            "id_str" : "2079070839241450090",
            "id" : "2079070839241450090",
            "media_url_https" : "https://pbs.twimg.com/media/G4oyg6mmjk6pncb.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KvDRPwk9cU"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "12",
      "id_str" : "2079070923125941070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079070923125941070",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 20 05:08:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Tag 1 der #Fotochallenge: Thema „Spiegelung“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie https://t.co/KvDRPwk9cU",
      "lang" : "de",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tagesfoto_demo/status/2079070923125941070/photo/1",
            "indices" : [
              "92",
              "115"
            ],
            "url" : "https://t.co/KvDRPwk9cU",
            "media_url" : "http://pbs.twimg.com/media/Guoynwdklc34dt2.jpg",
            "id_str" : "2079070839241450090",
            "id" : "2079070839241450090",
            "media_url_https" : "https://pbs.twimg.com/media/G4oyg6mmjk6pncb.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/KvDRPwk9cU"
          }
        ]
      }
    }
  }
]